package be.duaalatlas.programme;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A programme offered by a training provider at one location, as indexed in
 * {@code offerings}. Carries the programme's name and classification so that offerings
 * are searched and filtered without a join.
 *
 * @param aliases the programme's words pupils use, so that a pupil's word finds where the
 * programme is offered, not only the programme
 * @param recordVersion how many writes through the API this record has had (absent:
 * none); a write names the version it read
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfferingDocument(String kind, String id, String programmeCode, Localized name, LocalizedList aliases,
		Provider provider, String street, String postcode, Localized municipality, String province, String region,
		List<String> regions, String rtcArea, GeoPoint location, String language, List<String> languages, String start,
		String studyDomain, String grade, String finality, List<String> qualifications, List<String> sectors,
		boolean sample, String updatedAt, Provenance provenance, Integer recordVersion) {

	public static final String KIND = Kind.OFFERING.indexKind();

	/**
	 * The training provider (school, CDO, Syntra campus, BuSO school, CVO).
	 *
	 * @param contact the school's public channels and enrolment page; never a person
	 * @param institutionNumber the school number (instellingsnummer) of the Department of
	 * Education, six digits, when the source gives it
	 */
	public record Provider(String id, String name, ProviderKind kind, Contact contact, String institutionNumber) {
	}

	/**
	 * A school's public contact: website, functional mailbox, switchboard and the page
	 * where pupils enrol.
	 */
	public record Contact(String website, String email, String phone, String enrolmentUrl) {

		@JsonIgnore
		public boolean isEmpty() {
			return website == null && email == null && phone == null && enrolmentUrl == null;
		}

	}

}
