package be.duaalatlas.ingest.equivalences;

import java.io.IOException;

import be.duaalatlas.content.EquivalenceDocument;
import be.duaalatlas.content.EquivalenceInput;
import be.duaalatlas.content.EquivalenceRules;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.UniqueIds;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.stakeholder.StakeholderDocument;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Action 18 (Brussels): a YAML list linking a Flemish dual programme to a French-speaking
 * "alternance" training (CEFA or efp) that leads to a comparable trade, with the actors
 * on both sides. Each item is bound to an {@link EquivalenceInput} and checked by
 * {@link EquivalenceRules}: the programme must be live in {@code programmes} and every
 * actor in {@code stakeholders}; the programme's name and sectors are copied in.
 */
@Component
class BrusselsEquivalencesSource implements CatalogueSource {

	private final Validator validator;

	BrusselsEquivalencesSource(Validator validator) {
		this.validator = validator;
	}

	@Override
	public String name() {
		return "brussels-equivalences";
	}

	@Override
	public String kind() {
		return EquivalenceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		UniqueIds ids = new UniqueIds();
		YamlItems.read(input, sink, item -> {
			EquivalenceRules.Checked checked = EquivalenceRules.equivalence(item.bind(EquivalenceInput.class),
					validator, code -> context.find(ProgrammeDocument.KIND, code),
					id -> context.exists(StakeholderDocument.KIND, id),
					(id, changed) -> context.provenance(name(), id, input, item.line(), changed));
			item.report(checked.problems());
			String id = checked.document() == null ? null : checked.document().id();
			ids.check(item, id);
			if (!item.valid()) {
				sink.reject(item.line(), item.reason());
				return;
			}
			ids.take(id, item.line());
			sink.index(id, checked.document(), item.line());
		});
	}

}
