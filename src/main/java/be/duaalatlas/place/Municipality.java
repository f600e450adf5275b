package be.duaalatlas.place;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.place.PlaceDocument.FormerMunicipality;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/**
 * A municipality of Flanders or Brussels as it is since the mergers of 1 January 2025.
 *
 * @param nis its Statbel REFNIS code
 * @param postcodes its postcodes; a postcode shared with another municipality is listed
 * under the one most of its places belong to
 * @param centre where a radius around the municipality starts: the mean of its places'
 * coordinates
 * @param former the municipalities merged into it
 */
public record Municipality(String nis, Localized name, String province, String rtcArea, List<String> postcodes,
		GeoPoint centre, List<FormerMunicipality> former) {
}
