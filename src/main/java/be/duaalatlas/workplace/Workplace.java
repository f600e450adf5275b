package be.duaalatlas.workplace;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/**
 * The GraphQL {@code Workplace}: public fields only; recognitions carry the language for
 * their batched links.
 */
public record Workplace(String id, String establishmentNumber, String enterpriseNumber, Text name, String street,
		String postcode, Text municipality, String province, String rtcArea, GeoPoint location, String sector,
		List<RecognitionView> recognitions, Boolean lookingForLearner, Integer places, String availableFrom,
		String lastConfirmed, Double distanceKm, boolean sample, Provenance provenance, int version, String lang,
		boolean listed) {

	public static Workplace of(WorkplaceDocument doc, String lang, Double distanceKm) {
		List<RecognitionView> recognitions = doc.recognitions() == null ? List.of()
				: doc.recognitions().stream().map(r -> new RecognitionView(r, lang)).toList();
		return new Workplace("Workplace:" + doc.establishmentNumber(), doc.establishmentNumber(),
				doc.enterpriseNumber(), Text.of(doc.name(), lang), doc.street(), doc.postcode(),
				Text.official(doc.municipality(), lang, "nl", "fr"), doc.province(), doc.rtcArea(), doc.location(),
				doc.sector(), recognitions, doc.lookingForLearner(), doc.places(), doc.availableFrom(),
				doc.lastConfirmed(), distanceKm, doc.sample(), doc.provenance(),
				doc.recordVersion() == null ? 0 : doc.recordVersion(), lang, !Boolean.TRUE.equals(doc.unlisted()));
	}

	/**
	 * The GraphQL {@code Recognition}; {@code programme} and {@code partnership} are
	 * loaded for a whole page at once.
	 */
	public record RecognitionView(String id, String programmeCode, String qualification, String partnershipId,
			String validFrom, String validUntil, String status, String lang) {

		RecognitionView(WorkplaceDocument.Recognition r, String lang) {
			this(r.id(), r.programmeCode(), r.qualification(), r.partnership(), r.validFrom(), r.validUntil(),
					r.status(), lang);
		}

	}

}
