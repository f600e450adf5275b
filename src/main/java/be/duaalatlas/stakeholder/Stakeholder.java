package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.vocabulary.Kind;

/** The GraphQL {@code Stakeholder}, seen in one language. */
public record Stakeholder(String id, String key, Text name, StakeholderType type, Text description,
		List<RoleView> roles, List<String> regions, List<String> sectors, List<String> languages,
		StakeholderDocument.Contact contact, Provenance provenance, String lang, int version, boolean sample) {

	public static Stakeholder of(StakeholderDocument doc, String lang) {
		List<RoleView> roles = doc.roles() == null ? List.of()
				: doc.roles()
					.stream()
					.map(r -> new RoleView(r.role(), Text.of(r.description(), lang), r.legalBasis()))
					.toList();
		return new Stakeholder(Kind.STAKEHOLDER.globalId(doc.id()), doc.id(), Text.of(doc.name(), lang), doc.type(),
				Text.of(doc.description(), lang), roles, orEmpty(doc.regions()), orEmpty(doc.sectors()),
				orEmpty(doc.languages()), doc.contact(), doc.provenance(), lang,
				doc.recordVersion() == null ? 0 : doc.recordVersion(), doc.sample());
	}

	static List<String> orEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}

	/** The GraphQL {@code StakeholderRole}. */
	public record RoleView(String role, Text description, String legalBasis) {
	}

}
