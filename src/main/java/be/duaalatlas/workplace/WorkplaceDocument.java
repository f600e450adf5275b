package be.duaalatlas.workplace;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.search.Listing;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A workplace (an establishment, vestigingseenheid) as indexed in {@code workplaces}:
 * authoritative fields from the recognition register, self-managed fields from the
 * company. No personal data: a sole trader is shown without name or street, and
 * {@code location} is the postcode area's, never a street address.
 *
 * @param description the names of the programmes it is recognised for, so that pupils'
 * words find it
 * @param programmeCodes the programmes of its active recognitions (what "recognised for
 * programme X" filters on)
 * @param lookingForLearner self-managed: the company says it is looking for a learner now
 * @param lastConfirmed self-managed: when the company last confirmed those fields
 * @param recordVersion how many writes through the API this record has had (absent:
 * none); a write names the version it read (optimistic concurrency), and the journal's
 * re-application after a full import restores it
 * @param unlisted the company took the establishment out of the public listing (absent:
 * listed); see {@link Listing}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkplaceDocument(String kind, String establishmentNumber, String enterpriseNumber, Localized name,
		Localized description, String legalForm, String street, String postcode, Localized municipality,
		String province, String region, List<String> regions, String rtcArea, GeoPoint location, String sector,
		List<String> sectors, List<Recognition> recognitions, List<String> programmeCodes, List<String> qualifications,
		List<String> partnerships, Boolean lookingForLearner, Integer places, String availableFrom,
		String lastConfirmed, boolean sample, String updatedAt, Provenance provenance, Integer recordVersion,
		Boolean unlisted) implements Listing.Unlistable {

	public static final String KIND = Kind.WORKPLACE.indexKind();

	/**
	 * One recognition (erkenning) of the establishment for a programme.
	 *
	 * @param partnership id of the recognising stakeholder (a sectoral partnership, or
	 * the department)
	 * @param status ACTIVE, WITHDRAWN or EXPIRED as the register says
	 */
	public record Recognition(String id, String programmeCode, String qualification, String partnership,
			String validFrom, String validUntil, String status) {
	}

	/**
	 * The owners of this record: a company by its enterprise number, a sole trader by its
	 * establishment number.
	 */
	public boolean ownedBy(java.util.function.Predicate<String> organisation) {
		return (enterpriseNumber != null && organisation.test(enterpriseNumber))
				|| organisation.test(establishmentNumber);
	}

	/**
	 * The self-managed fields, merged into the register's document by the company's own
	 * source.
	 */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	public record Availability(Boolean lookingForLearner, Integer places, String availableFrom, String lastConfirmed) {
	}

}
