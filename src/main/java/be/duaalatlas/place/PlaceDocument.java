package be.duaalatlas.place;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A place (a village or a town, often a deelgemeente) with a postcode, as indexed in
 * {@code places}: one per postcode and place name, as the gazetteer source has them, with
 * the municipality it is part of since 1 January 2025.
 *
 * @param name the place (often a deelgemeente) in Dutch and, in Brussels and the
 * municipalities with language facilities, French
 * @param municipality the municipality the place is part of today (2025), in Dutch and,
 * where official, French
 * @param province province code (ANTWERPEN, …) or BRUSSELS
 * @param regions region and province codes together, the values region filters match
 * @param rtcArea the Regional Technological Centre serving the place (one per Flemish
 * province), null in Brussels
 * @param municipalityNis the municipality's Statbel REFNIS (NIS) code, e.g. {@code 71072}
 * for Hasselt
 * @param formerMunicipalities the municipalities merged into this place's municipality,
 * so that their names still resolve
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlaceDocument(String kind, String postcode, Localized name, Localized municipality, String province,
		Localized provinceName, String region, List<String> regions, String rtcArea, String arrondissement,
		GeoPoint location, Suggest suggest, Provenance provenance, String municipalityNis,
		List<FormerMunicipality> formerMunicipalities) {

	public static final String KIND = Kind.PLACE.indexKind();

	/** A WGS84 point as Elasticsearch's geo_point takes it. */
	public record GeoPoint(double lat, double lon) {

		/**
		 * Great-circle distance in km (haversine, mean Earth radius): the one distance
		 * function of the catalogue.
		 */
		public double kmTo(GeoPoint other) {
			double dLat = Math.toRadians(other.lat - lat);
			double dLon = Math.toRadians(other.lon - lon);
			double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
					* Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
			return 6371.0088 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
		}

	}

	/**
	 * A municipality that was merged into another one, with its own REFNIS code and the
	 * day it ceased.
	 */
	public record FormerMunicipality(String nis, Localized name, String mergedOn) {
	}

}
