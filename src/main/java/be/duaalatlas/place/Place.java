package be.duaalatlas.place;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/** The GraphQL {@code Place}: a postcode area and its centre. */
public record Place(String id, String postcode, Text name, String province, String rtcArea, GeoPoint location,
		String lang) {

	public static Place of(PlaceDocument doc, String lang) {
		return new Place("Place:" + doc.postcode() + "-" + be.duaalatlas.index.Slugs.of(doc.name().nl()), doc.postcode(),
				Text.of(doc.name(), lang), doc.province(), doc.rtcArea(), doc.location(), lang);
	}

}
