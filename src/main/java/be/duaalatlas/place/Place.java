package be.duaalatlas.place;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/** The GraphQL {@code Place}: a postcode area and its centre. */
public record Place(String id, String postcode, Text name, String province, String rtcArea, GeoPoint location,
		String lang) {

	public static Place of(PlaceDocument doc, String lang) {
		// the record's own key: in Brussels the gazetteer's name (Ixelles) is not the
		// Dutch name shown (Elsene)
		String key = doc.provenance() != null && doc.provenance().recordId() != null ? doc.provenance().recordId()
				: doc.postcode() + "-" + be.duaalatlas.index.Slugs.of(doc.name().nl());
		return new Place("Place:" + key, doc.postcode(), Text.of(doc.name(), lang), doc.province(), doc.rtcArea(),
				doc.location(), lang);
	}

}
