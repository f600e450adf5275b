package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.graphql.Text;

/**
 * The GraphQL {@code Equivalence}; programme and actors are loaded for all equivalences
 * at once.
 */
public record Equivalence(String id, String programmeCode, String frenchName, String frenchSystem,
		String frenchCertificate, List<String> flemishActorIds, List<String> frenchActorIds, Text note, String lang,
		boolean sample) {

	public static Equivalence of(EquivalenceDocument doc, String lang) {
		EquivalenceDocument.FrenchSide french = doc.frenchSide();
		return new Equivalence("Equivalence:" + doc.id(), doc.programme(), french.name(), french.system(),
				french.certificate(), doc.flemishActors() == null ? List.of() : doc.flemishActors(),
				doc.frenchActors() == null ? List.of() : doc.frenchActors(), Text.of(doc.description(), lang), lang,
				doc.sample());
	}

}
