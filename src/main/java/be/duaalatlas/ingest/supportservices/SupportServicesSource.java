package be.duaalatlas.ingest.supportservices;

import java.io.IOException;

import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.UniqueIds;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.supportservice.ServiceDocument;
import be.duaalatlas.supportservice.SupportServiceInput;
import be.duaalatlas.supportservice.SupportServiceRules;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The support services of the ecosystem (Action 15): a YAML list of what each stakeholder
 * offers, to whom, in which step of organising a dual programme, where and through which
 * channels. Each item is bound to a {@link SupportServiceInput} and checked by
 * {@link SupportServiceRules}, the rule writes through the API go through too. The
 * stakeholder must be live in {@code stakeholders} (import the role map first).
 */
@Component
public class SupportServicesSource implements CatalogueSource {

	private final Validator validator;

	SupportServicesSource(Validator validator) {
		this.validator = validator;
	}

	@Override
	public String name() {
		return "support-services";
	}

	@Override
	public String kind() {
		return ServiceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		UniqueIds ids = new UniqueIds();
		YamlItems.read(input, sink, item -> {
			SupportServiceRules.Checked checked = SupportServiceRules.service(item.bind(SupportServiceInput.class),
					validator, id -> context.find(StakeholderDocument.KIND, id),
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
