package be.duaalatlas.programme;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A dual programme as indexed in {@code programmes} (see
 * {@code search-mappings/programmes.json}).
 *
 * @param code the catalogue's stable code, also the document id
 * @param aliases the words pupils and parents use for it
 * @param workplaceShare typical share of the time spent at the workplace, in percent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeDocument(String kind, String code, Localized name, LocalizedList aliases, Localized description,
		String studyDomain, String grade, String finality, List<Qualification> qualifications, List<String> sectors,
		Integer workplaceShare, Suggest suggest, boolean sample, String updatedAt, Provenance provenance) {

	public static final String KIND = Kind.PROGRAMME.indexKind();

	/** A professional qualification (beroepskwalificatie) the programme leads to. */
	public record Qualification(String id, String name) {
	}

}
