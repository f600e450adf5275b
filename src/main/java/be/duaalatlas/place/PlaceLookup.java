package be.duaalatlas.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.index.Localized;
import be.duaalatlas.place.PlaceDocument.GeoPoint;

/**
 * The live gazetteer by postcode, for the rules that place records (an import's or a
 * write's): each postcode's area as {@link PostcodeAreas} defines it.
 */
public final class PlaceLookup {

	private final Map<String, Area> byPostcode;

	private PlaceLookup(Map<String, Area> byPostcode) {
		this.byPostcode = byPostcode;
	}

	public Optional<Area> postcode(String postcode) {
		return Optional.ofNullable(byPostcode.get(postcode));
	}

	/** What a record placed in this postcode area carries for filters and geo queries. */
	public record Area(String postcode, Localized municipality, String province, String region, List<String> regions,
			String rtcArea, GeoPoint location) {
	}

	/** The lookup over given places (the live gazetteer). */
	public static PlaceLookup of(List<PlaceDocument> documents) {
		Map<String, Area> areas = new HashMap<>();
		PostcodeAreas.of(documents).forEach((postcode, area) -> {
			PlaceDocument first = area.first();
			areas.put(postcode,
					new Area(postcode,
							new Localized(blankToNull(first.municipality().nl()),
									blankToNull(first.municipality().fr()), null),
							first.province(), first.region(),
							first.regions() == null ? List.of() : List.copyOf(first.regions()), first.rtcArea(),
							area.centre()));
		});
		return new PlaceLookup(areas);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
