package be.duaalatlas.ingest.rolemap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.UniqueIds;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import be.duaalatlas.stakeholder.ContactInput;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.stakeholder.StakeholderInput;
import be.duaalatlas.stakeholder.StakeholderRules;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The role map of the dual-learning ecosystem (Action 15 and 18.2): a YAML list of
 * organisations with their type, the roles they hold, where they work and how to reach
 * them. Contact holds organisational channels only; any other contact field (a person's
 * name, a mobile number) rejects the item, so personal data never reaches the index. Each
 * item is bound to a {@link StakeholderInput} and checked by {@link StakeholderRules}.
 */
@Component
public class RoleMapSource implements CatalogueSource {

	private final Validator validator;

	RoleMapSource(Validator validator) {
		this.validator = validator;
	}

	@Override
	public String name() {
		return "role-map";
	}

	@Override
	public String kind() {
		return StakeholderDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		UniqueIds ids = new UniqueIds();
		YamlItems.read(input, sink, item -> {
			personalData(item);
			StakeholderRules.Checked checked = StakeholderRules.stakeholder(item.bind(StakeholderInput.class),
					validator, (id, changed) -> context.provenance(name(), id, input, item.line(), changed));
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

	/**
	 * A contact field other than the organisational channels (a person's name, a mobile
	 * number) rejects the item, worded so; it is left out before the item is bound, so
	 * personal data never reaches a record.
	 */
	private static void personalData(Item item) {
		if (!(item.node().get("contact") instanceof ObjectNode contact)) {
			return;
		}
		List<String> other = new ArrayList<>();
		contact.fieldNames().forEachRemaining(field -> {
			if (!ContactInput.FIELDS.contains(field)) {
				other.add(field);
			}
		});
		if (!other.isEmpty()) {
			item.problem("contact: unknown field(s) " + String.join(", ", other)
					+ "; contact takes organisational channels only (website, email, phone), never personal data");
			contact.remove(other);
		}
	}

}
