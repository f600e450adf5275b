package be.duaalatlas.place;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Localized;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/**
 * The GraphQL {@code Place}: a postcode area, named after the municipality it belongs to,
 * with its places (deelgemeenten, villages) beside it.
 *
 * @param municipalityNis the REFNIS code of the municipality the area belongs to
 * @param subMunicipalities the places of the area
 * @param sharedWithNis the other municipalities part of the area belongs to (a few areas
 * cross a border)
 * @param sample always false: the gazetteer's places are real (Statbel REFNIS, GeoNames)
 */
public record Place(String id, String postcode, Text name, String province, String rtcArea, GeoPoint location,
		String lang, String municipalityNis, List<Text> subMunicipalities, List<String> sharedWithNis, boolean sample) {

	/**
	 * One place document as a node: its municipality's name, the place itself beside it.
	 */
	public static Place of(PlaceDocument doc, String lang) {
		return new Place("Place:" + key(doc), doc.postcode(), Text.official(doc.municipality(), lang, "nl", "fr"),
				doc.province(), doc.rtcArea(), doc.location(), lang, doc.municipalityNis(),
				List.of(Text.official(doc.name(), lang, "nl", "fr")), List.of(), false);
	}

	/**
	 * A whole postcode area: the municipality most of its places are part of, every
	 * place, the centre of all.
	 */
	static Place of(Gazetteer.Area area, List<PlaceDocument> places, String lang) {
		PlaceDocument first = places.get(0);
		Localized name = area.municipality() == null ? first.municipality() : area.municipality().name();
		String nis = area.municipality() == null ? first.municipalityNis() : area.municipality().nis();
		List<String> shared = places.stream()
			.map(PlaceDocument::municipalityNis)
			.filter(n -> n != null && !n.equals(nis))
			.distinct()
			.toList();
		String rtcArea = area.municipality() == null ? first.rtcArea() : area.municipality().rtcArea();
		return new Place("Place:" + key(first), area.postcode(), Text.official(name, lang, "nl", "fr"), area.province(),
				rtcArea, area.centre(), lang, nis,
				places.stream().map(p -> Text.official(p.name(), lang, "nl", "fr")).distinct().toList(), shared, false);
	}

	private static String key(PlaceDocument doc) {
		// the record's own key: in Brussels the gazetteer's name (Ixelles) is not the
		// Dutch name shown (Elsene)
		return doc.provenance() != null && doc.provenance().recordId() != null ? doc.provenance().recordId()
				: doc.postcode() + "-" + be.duaalatlas.index.Slugs.of(doc.name().nl());
	}

}
