package be.duaalatlas.programme;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/** The GraphQL {@code Offering}; its programme is loaded in batches. */
public record Offering(String id, String key, Text name, String programmeCode, OfferingDocument.Provider provider,
		String street, String postcode, Text municipality, String province, GeoPoint location, String language,
		String start, Double distanceKm, boolean sample, Provenance provenance, String lang, int version) {

	public static Offering of(OfferingDocument doc, String lang, Double distanceKm) {
		return new Offering("Offering:" + doc.id(), doc.id(), Text.official(doc.name(), lang, "nl"),
				doc.programmeCode(), doc.provider(), doc.street(), doc.postcode(),
				Text.official(doc.municipality(), lang, "nl", "fr"), doc.province(), doc.location(), doc.language(),
				doc.start(), distanceKm, doc.sample(), doc.provenance(), lang,
				doc.recordVersion() == null ? 0 : doc.recordVersion());
	}

}
