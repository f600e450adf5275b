package be.duaalatlas.ingest.rolemap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.UniqueIds;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import be.duaalatlas.place.Provinces;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.stakeholder.StakeholderDocument.Contact;
import be.duaalatlas.stakeholder.StakeholderDocument.Role;
import be.duaalatlas.stakeholder.EcosystemRole;
import be.duaalatlas.stakeholder.StakeholderType;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;

import org.springframework.stereotype.Component;

/**
 * The role map of the dual-learning ecosystem (Action 15 and 18.2): a YAML list of
 * organisations with their type, the roles they hold, where they work and how to reach
 * them. Contact holds organisational channels only; any other contact field (a person's
 * name, a mobile number) rejects the item, so personal data never reaches the index.
 */
@Component
public class RoleMapSource implements CatalogueSource {

	static final List<String> FIELDS = List.of("id", "name", "type", "description", "roles", "regions", "sectors",
			"languages", "contact", "changed");

	static final List<String> ROLE_FIELDS = List.of("role", "description", "legalBasis");

	static final List<String> CONTACT_FIELDS = List.of("website", "email", "phone");

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
			item.allowOnly(FIELDS);
			String id = item.slug("id");
			Localized name = item.localized("name", true);
			String type = item.code("type", Enums.names(StakeholderType.class));
			Localized description = item.localized("description", true);
			List<Role> roles = roles(item);
			List<String> regions = item.codes("regions", Region.names(), true);
			List<String> sectors = item.codes("sectors", Coded.codes(Sector.class), false);
			List<String> languages = item.codes("languages", Coded.codes(Language.class), true);
			Contact contact = contact(item);
			String changed = item.date("changed");
			ids.check(item, id);
			if (!item.valid()) {
				sink.reject(item.line(), item.reason());
				return;
			}
			ids.take(id, item.line());
			sink.index(id,
					new StakeholderDocument(StakeholderDocument.KIND, id, name, StakeholderType.valueOf(type),
							description, roles, regions, sectors, languages, List.of(), List.of(), contact,
							new Suggest(suggestions(name)), false, changed,
							context.provenance(name(), id, input, item.line(), changed), null),
					item.line());
		});
	}

	/**
	 * The one rule of a stakeholder's roles, for the role map's file and for a
	 * stakeholder's write through the API (built in the same shape): each role a known
	 * code, listed once, with a description in Dutch (French and English optional).
	 * Problems are recorded in the item.
	 */
	public static List<Role> roles(Item item) {
		List<Role> roles = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (Item role : item.children("roles", true)) {
			role.allowOnly(ROLE_FIELDS);
			String code = role.code("role", Enums.names(EcosystemRole.class));
			Localized description = role.localized("description", true);
			String legalBasis = role.optionalText("legalBasis");
			if (code != null && codes.contains(code)) {
				role.problem("role", "'" + code + "' is listed twice");
			}
			codes.add(code);
			roles.add(new Role(code, description, legalBasis));
		}
		return roles;
	}

	private static Contact contact(Item item) {
		Item contact = item.child("contact", false);
		if (contact == null) {
			return null;
		}
		List<String> other = new ArrayList<>();
		contact.node().fieldNames().forEachRemaining(field -> {
			if (!CONTACT_FIELDS.contains(field)) {
				other.add(field);
			}
		});
		if (!other.isEmpty()) {
			contact.problem("unknown field(s) " + String.join(", ", other)
					+ "; contact takes organisational channels only (website, email, phone), never personal data");
		}
		return new Contact(contact.webAddress("website"), contact.emailAddress("email"), contact.phoneNumber("phone"));
	}

	private static List<String> suggestions(Localized name) {
		List<String> inputs = new ArrayList<>();
		for (String lang : List.of("nl", "fr", "en")) {
			name.in(lang).ifPresent(inputs::add);
		}
		return inputs.stream().distinct().toList();
	}

}
