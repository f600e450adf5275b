package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Flemish dual programme and a French-speaking "alternance" training in bilingual
 * Brussels that lead to a comparable trade (Action 18), with the actors on both sides; as
 * indexed in {@code equivalences} (see {@code search-mappings/equivalences.json}). A
 * catalogue link for orientation, not a legal equivalence of diplomas.
 *
 * @param id the source's stable id, also the document id
 * @param programme the Flemish programme's code (a live record in {@code programmes})
 * @param programmeName that programme's name, copied in for display and search
 * @param flemishActors ids of Flemish stakeholders involved (live records in
 * {@code stakeholders})
 * @param frenchActors ids of French-speaking stakeholders involved (live records in
 * {@code stakeholders})
 * @param name both sides' names in one title per language, e.g. "Haarverzorging duaal ↔
 * Coiffeur / Coiffeuse"
 * @param description the source's note: how far the two are comparable
 * @param regions always {@code BRUSSELS}
 * @param sectors the Flemish programme's sectors
 * @param languages the languages of the two sides: {@code nl} and {@code fr}
 * @param audiences not given by the source (empty); present so that one filter works over
 * all kinds
 * @param steps not given by the source (empty); present so that one filter works over all
 * kinds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EquivalenceDocument(String kind, String id, String programme, Localized programmeName,
		FrenchSide frenchSide, List<String> flemishActors, List<String> frenchActors, Localized name,
		Localized description, List<String> regions, List<String> sectors, List<String> languages,
		List<String> audiences, List<String> steps, boolean sample, String updatedAt, Provenance provenance) {

	public static final String KIND = Kind.EQUIVALENCE.indexKind();

	/**
	 * The French-speaking training.
	 *
	 * @param name its trade or option name as the French-speaking operators use it
	 * @param system one of {@link EquivalenceInput.FrenchSystem}
	 * @param certificate what it leads to
	 */
	public record FrenchSide(String name, String system, String certificate) {
	}

}
