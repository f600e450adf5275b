package be.duaalatlas.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.index.Localized;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The live gazetteer by postcode, for adapters that place records: a postcode's area, the
 * municipality it belongs to (the one most of its places are part of, since 2025) and the
 * centre of its places.
 */
public final class PlaceLookup {

	private final Map<String, Area> byPostcode;

	private PlaceLookup(Map<String, Area> byPostcode) {
		this.byPostcode = byPostcode;
	}

	public static PlaceLookup of(ImportContext context) {
		return context.memo("places:byPostcode", () -> build(context.records("places")));
	}

	public Optional<Area> postcode(String postcode) {
		return Optional.ofNullable(byPostcode.get(postcode));
	}

	/** What a record placed in this postcode area carries for filters and geo queries. */
	public record Area(String postcode, Localized municipality, String province, String region, List<String> regions,
			String rtcArea, GeoPoint location) {
	}

	private static PlaceLookup build(Map<String, ObjectNode> places) {
		Map<String, double[]> sums = new HashMap<>();
		Map<String, ObjectNode> first = new HashMap<>();
		Map<String, Map<String, Integer>> municipalities = new HashMap<>();
		places.values()
			.stream()
			.sorted((a, b) -> a.path("provenance").path("line").asInt() - b.path("provenance").path("line").asInt())
			.forEach(place -> {
				String postcode = place.path("postcode").asText();
				first.putIfAbsent(postcode, place);
				municipalities.computeIfAbsent(postcode, k -> new java.util.LinkedHashMap<>())
					.merge(place.path("municipalityNis").asText(postcode), 1, Integer::sum);
				double[] sum = sums.computeIfAbsent(postcode, k -> new double[3]);
				sum[0] += place.path("location").path("lat").asDouble();
				sum[1] += place.path("location").path("lon").asDouble();
				sum[2]++;
			});
		Map<String, Area> areas = new HashMap<>();
		first.forEach((postcode, firstPlace) -> {
			String nis = municipalities.get(postcode)
				.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.orElseThrow()
				.getKey();
			ObjectNode place = places.values()
				.stream()
				.filter(p -> postcode.equals(p.path("postcode").asText())
						&& nis.equals(p.path("municipalityNis").asText(postcode)))
				.min(java.util.Comparator.comparingInt(p -> p.path("provenance").path("line").asInt()))
				.orElse(firstPlace);
			double[] sum = sums.get(postcode);
			List<String> regions = new java.util.ArrayList<>();
			place.path("regions").forEach(r -> regions.add(r.asText()));
			areas.put(postcode,
					new Area(postcode,
							new Localized(text(place, "municipality", "nl"), text(place, "municipality", "fr"), null),
							place.path("province").asText(), place.path("region").asText(), List.copyOf(regions),
							place.path("rtcArea").isMissingNode() || place.path("rtcArea").isNull() ? null
									: place.path("rtcArea").asText(),
							new GeoPoint(round(sum[0] / sum[2]), round(sum[1] / sum[2]))));
		});
		return new PlaceLookup(areas);
	}

	private static String text(ObjectNode node, String field, String lang) {
		String value = node.path(field).path(lang).asText(null);
		return value == null || value.isBlank() ? null : value;
	}

	private static double round(double value) {
		return Math.round(value * 1e5) / 1e5;
	}

}
