package be.duaalatlas.search;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.place.Gazetteer;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/**
 * A {@link Near} checked and turned into a centre and a radius: the one way {@code near}
 * is resolved.
 *
 * @param province the province (or BRUSSELS) of the postcode or municipality given; null
 * for coordinates
 */
public record ResolvedNear(GeoPoint centre, double radiusKm, String province) {

	static final double MAX_RADIUS_KM = 200;

	/**
	 * @param argument the argument's path for errors, e.g. {@code near}
	 * @throws BadArgumentException for an unknown postcode or municipality, an invalid
	 * radius or coordinates, or not exactly one way of saying where
	 */
	public static ResolvedNear of(Near near, Gazetteer gazetteer, String argument) {
		if (near == null) {
			return null;
		}
		double radius = near.radiusKm() == null ? 20 : near.radiusKm();
		if (!(radius > 0) || radius > MAX_RADIUS_KM) {
			throw new BadArgumentException(argument + ".radiusKm",
					"radiusKm must be more than 0 and at most " + (int) MAX_RADIUS_KM + " km, was " + radius);
		}
		int ways = (near.postcode() != null ? 1 : 0) + (near.municipality() != null ? 1 : 0)
				+ (near.lat() != null || near.lon() != null ? 1 : 0);
		if (ways != 1) {
			throw new BadArgumentException(argument, "say where with exactly one of postcode, municipality, or lat and "
					+ "lon together; " + ways + " were given");
		}
		if (near.postcode() != null) {
			return gazetteer.postcode(near.postcode().strip())
				.map(area -> new ResolvedNear(area.centre(), radius, area.province()))
				.orElseThrow(() -> new BadArgumentException(argument + ".postcode",
						"unknown postcode '" + near.postcode() + "': not a postcode of Flanders or Brussels"));
		}
		if (near.municipality() != null) {
			return gazetteer.municipality(near.municipality())
				.map(area -> new ResolvedNear(area.centre(), radius, area.province()))
				.orElseThrow(() -> new BadArgumentException(argument + ".municipality",
						"unknown municipality '" + near.municipality()
								+ "' in Flanders or Brussels (give its Dutch or French name, or a postcode)"));
		}
		if (near.lat() == null || near.lon() == null) {
			throw new BadArgumentException(argument, "lat and lon go together");
		}
		if (near.lat() < -90 || near.lat() > 90 || near.lon() < -180 || near.lon() > 180) {
			throw new BadArgumentException(argument, "lat must be within -90..90 and lon within -180..180");
		}
		return new ResolvedNear(new GeoPoint(near.lat(), near.lon()), radius, null);
	}

	/** Great-circle distance in km, rounded to 0.1 km. */
	public double distanceTo(GeoPoint point) {
		return Math.round(centre.kmTo(point) * 10) / 10.0;
	}

}
