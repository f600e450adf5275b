package be.duaalatlas.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.duaalatlas.place.PlaceDocument.GeoPoint;

/**
 * The one rule for a postcode's area, used by the gazetteer at query time and by the
 * adapters that place records at import: a postcode belongs to the municipality most of
 * its places are part of (a few postcode areas cross a municipal border; a tie goes to
 * the municipality of its first place in the source), the first of those places names it
 * (and gives its province and RTC), and it is centred on the average of all its places,
 * rounded to 5 decimals (about a metre).
 */
public final class PostcodeAreas {

	private PostcodeAreas() {
	}

	/**
	 * A postcode area: the place that names it (its municipality is the postcode's) and
	 * its centre.
	 */
	public record PostcodeArea(PlaceDocument first, GeoPoint centre) {

		/** REFNIS code of the postcode's municipality. */
		public String municipalityNis() {
			return nis(this.first);
		}

	}

	public static Map<String, PostcodeArea> of(Collection<PlaceDocument> places) {
		Map<String, List<PlaceDocument>> byPostcode = new LinkedHashMap<>();
		places.stream()
			.sorted(Comparator.comparing(PostcodeAreas::line))
			.forEach(place -> byPostcode.computeIfAbsent(place.postcode(), k -> new ArrayList<>()).add(place));
		Map<String, PostcodeArea> areas = new LinkedHashMap<>();
		byPostcode.forEach((postcode, all) -> {
			String nis = all.stream()
				.collect(Collectors.groupingBy(PostcodeAreas::nis, LinkedHashMap::new, Collectors.counting()))
				.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.orElseThrow()
				.getKey();
			PlaceDocument first = all.stream().filter(p -> nis.equals(nis(p))).findFirst().orElseThrow();
			areas.put(postcode, new PostcodeArea(first, centre(all)));
		});
		return areas;
	}

	/** The average of the places' locations, rounded to 5 decimals. */
	public static GeoPoint centre(List<PlaceDocument> places) {
		double lat = places.stream().mapToDouble(p -> p.location().lat()).average().orElse(0);
		double lon = places.stream().mapToDouble(p -> p.location().lon()).average().orElse(0);
		return new GeoPoint(round(lat), round(lon));
	}

	/**
	 * REFNIS code of a place's municipality; a place without one (a source without
	 * municipalities) is a municipality of its own postcode.
	 */
	static String nis(PlaceDocument place) {
		return place.municipalityNis() == null ? "postcode:" + place.postcode() : place.municipalityNis();
	}

	/** The source line a place was read from; places without one come last. */
	static int line(PlaceDocument place) {
		return place.provenance() == null || place.provenance().line() == null ? Integer.MAX_VALUE
				: place.provenance().line();
	}

	private static double round(double value) {
		return Math.round(value * 1e5) / 1e5;
	}

}
