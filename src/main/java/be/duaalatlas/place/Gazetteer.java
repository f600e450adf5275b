package be.duaalatlas.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.place.PlaceDocument.FormerMunicipality;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;

/**
 * Postcodes and municipality names to places and coordinates, so that "near 9000" or
 * "near Gent" works without the user knowing coordinates. A municipality is the
 * municipality as it is since 1 January 2025, with all its postcodes; the name of a
 * municipality merged into it still finds it. The ~1,200 places are held in memory per
 * catalogue generation.
 */
@Component
public class Gazetteer {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final CatalogueGeneration generation;

	private final LoadingCache<String, Places> byGeneration;

	Gazetteer(ElasticsearchClient client, CatalogueIndices indices, CatalogueGeneration generation) {
		this.client = client;
		this.indices = indices;
		this.generation = generation;
		this.byGeneration = Caffeine.newBuilder().maximumSize(2).build(key -> load());
	}

	/** A postcode's area: its municipality and the centre of its places. */
	public Optional<Area> postcode(String postcode) {
		return Optional.ofNullable(places().byPostcode.get(postcode));
	}

	/**
	 * The area a name means, for {@code near} and filters: a municipality by its Dutch or
	 * French name, or by the name of a municipality merged into it; failing that, a place
	 * (a deelgemeente or village) by its own name, which means only that place's postcode
	 * area. Accents and case are ignored.
	 */
	public Optional<Area> municipality(String name) {
		Places places = places();
		String key = fold(name);
		Municipality municipality = places.municipalityNamed(key);
		if (municipality != null) {
			return Optional.of(new Area(municipality.postcodes().get(0), municipality.name().nl(),
					municipality.province(), municipality.centre(), municipality));
		}
		return Optional.ofNullable(places.byPlaceName.get(key));
	}

	/**
	 * The postcodes a name means (see {@link #municipality}), empty for an unknown name.
	 */
	public List<String> postcodesOf(String name) {
		Places places = places();
		Municipality municipality = places.municipalityNamed(fold(name));
		if (municipality != null) {
			return municipality.postcodes();
		}
		return places.postcodesByPlaceName.getOrDefault(fold(name), List.of());
	}

	/**
	 * A municipality by its name, or a former municipality's name, with the former
	 * municipality it was found by.
	 */
	public Optional<Found> findMunicipality(String name) {
		Places places = places();
		String key = fold(name);
		Municipality current = places.byName.get(key);
		if (current != null) {
			return Optional.of(new Found(current, null));
		}
		FormerMunicipality former = places.formerByName.get(key);
		return former == null ? Optional.empty()
				: Optional.of(new Found(places.byNis.get(places.successorOf.get(former.nis())), former));
	}

	/**
	 * A municipality by its REFNIS code (today's or a former municipality's, which gives
	 * the one it merged into).
	 */
	public Optional<Found> municipalityByNis(String nis) {
		Places places = places();
		Municipality current = places.byNis.get(nis);
		if (current != null) {
			return Optional.of(new Found(current, null));
		}
		String successor = places.successorOf.get(nis);
		if (successor == null) {
			return Optional.empty();
		}
		FormerMunicipality former = places.byNis.get(successor)
			.former()
			.stream()
			.filter(f -> f.nis().equals(nis))
			.findFirst()
			.orElseThrow();
		return Optional.of(new Found(places.byNis.get(successor), former));
	}

	/** Every municipality, by REFNIS code. */
	public Map<String, Municipality> municipalities() {
		return places().byNis;
	}

	public List<PlaceDocument> all() {
		return places().all;
	}

	/**
	 * A named area and its centre; {@code municipality} is the municipality the postcode
	 * or name belongs to.
	 */
	public record Area(String postcode, String name, String province, GeoPoint centre, Municipality municipality) {
	}

	/**
	 * A municipality, and the former municipality merged into it that it was found by
	 * (null if found by itself).
	 */
	public record Found(Municipality municipality, FormerMunicipality asFormer) {
	}

	private Places places() {
		return byGeneration.get(generation.current());
	}

	private Places load() {
		try {
			List<PlaceDocument> all = new ArrayList<>();
			client.search(s -> s.index(indices.alias(PlaceDocument.KIND)).size(10_000), PlaceDocument.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.forEach(all::add);
			return new Places(all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String fold(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
	}

	private static final class Places {

		/**
		 * Places of one name further apart than this are different places that share a
		 * name.
		 */
		static final double SAME_PLACE_KM = 10;

		final List<PlaceDocument> all;

		final Map<String, Municipality> byNis = new LinkedHashMap<>();

		final Map<String, Municipality> byName = new HashMap<>();

		final Map<String, FormerMunicipality> formerByName = new HashMap<>();

		final Map<String, String> successorOf = new HashMap<>();

		final Map<String, Area> byPostcode = new HashMap<>();

		final Map<String, Area> byPlaceName = new HashMap<>();

		final Map<String, List<String>> postcodesByPlaceName = new HashMap<>();

		Places(List<PlaceDocument> all) {
			this.all = all;
			Map<String, List<PlaceDocument>> postcodes = all.stream()
				.sorted(Comparator.comparing(Places::line))
				.collect(Collectors.groupingBy(PlaceDocument::postcode, LinkedHashMap::new, Collectors.toList()));
			// a postcode belongs to the municipality most of its places are part of (a
			// few areas cross a border)
			Map<String, String> mainNis = new HashMap<>();
			postcodes.forEach((postcode, places) -> mainNis.put(postcode,
					places.stream()
						.collect(Collectors.groupingBy(Places::nis, LinkedHashMap::new, Collectors.counting()))
						.entrySet()
						.stream()
						.max(Map.Entry.comparingByValue())
						.map(Map.Entry::getKey)
						.orElseThrow()));
			Map<String, List<PlaceDocument>> byMunicipality = all.stream()
				.collect(Collectors.groupingBy(Places::nis, LinkedHashMap::new, Collectors.toList()));
			byMunicipality.forEach((nis, places) -> {
				PlaceDocument any = places.get(0);
				List<String> codes = postcodes.keySet()
					.stream()
					.filter(p -> nis.equals(mainNis.get(p)))
					.sorted()
					.toList();
				Municipality municipality = new Municipality(nis, any.municipality(), any.province(), any.rtcArea(),
						codes.isEmpty() ? places.stream().map(PlaceDocument::postcode).distinct().sorted().toList()
								: codes,
						centre(places), any.formerMunicipalities() == null ? List.of() : any.formerMunicipalities());
				byNis.put(nis, municipality);
			});
			byNis.values().forEach(m -> {
				names(m.name()).forEach(n -> byName.putIfAbsent(n, m));
				m.former().forEach(f -> {
					successorOf.put(f.nis(), m.nis());
					names(f.name()).forEach(n -> formerByName.putIfAbsent(n, f));
				});
			});
			postcodes.forEach((postcode, places) -> {
				Municipality municipality = byNis.get(mainNis.get(postcode));
				byPostcode.put(postcode, new Area(postcode, municipality.name().nl(), places.get(0).province(),
						centre(places), municipality));
			});
			Map<String, List<PlaceDocument>> named = new HashMap<>();
			for (PlaceDocument place : all) {
				for (String name : names(place.name())) {
					named.computeIfAbsent(name, k -> new ArrayList<>()).add(place);
				}
			}
			named.forEach((name, places) -> {
				List<PlaceDocument> meant = meant(places);
				Municipality municipality = byNis.get(nis(meant.get(0)));
				byPlaceName.put(name, new Area(meant.get(0).postcode(), meant.get(0).name().nl(),
						meant.get(0).province(), centre(meant), municipality));
				postcodesByPlaceName.put(name,
						meant.stream().map(PlaceDocument::postcode).distinct().sorted().toList());
			});
		}

		/**
		 * Today's municipality of a name, or the one a former municipality of that name
		 * merged into, or null.
		 */
		Municipality municipalityNamed(String folded) {
			Municipality current = byName.get(folded);
			if (current != null) {
				return current;
			}
			FormerMunicipality former = formerByName.get(folded);
			return former == null ? null : byNis.get(successorOf.get(former.nis()));
		}

		/**
		 * The places a place name means when it names no municipality. Places share names
		 * (Meldert is a village of Aalst, of Lummen and of Hoegaarden): the one with the
		 * lowest postcode and its neighbours of that name, so that the centre is a real
		 * place, never the midpoint of villages 60 km apart.
		 */
		private static List<PlaceDocument> meant(List<PlaceDocument> places) {
			PlaceDocument anchor = places.stream()
				.min(Comparator.comparing(PlaceDocument::postcode).thenComparing(Places::line))
				.orElseThrow();
			return places.stream().filter(p -> km(anchor.location(), p.location()) <= SAME_PLACE_KM).toList();
		}

		private static String nis(PlaceDocument place) {
			return place.municipalityNis() == null ? "postcode:" + place.postcode() : place.municipalityNis();
		}

		private static List<String> names(be.duaalatlas.index.Localized name) {
			List<String> names = new ArrayList<>();
			for (String n : new String[] { name.nl(), name.fr() }) {
				if (n != null && !names.contains(fold(n))) {
					names.add(fold(n));
				}
			}
			return names;
		}

		private static int line(PlaceDocument place) {
			return place.provenance() == null || place.provenance().line() == null ? Integer.MAX_VALUE
					: place.provenance().line();
		}

		private static double km(GeoPoint a, GeoPoint b) {
			double dLat = Math.toRadians(b.lat() - a.lat());
			double dLon = Math.toRadians(b.lon() - a.lon());
			double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
					* Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
			return 6371.0088 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
		}

		/** The mean of the places' coordinates, rounded to about a metre. */
		private static GeoPoint centre(List<PlaceDocument> places) {
			double lat = places.stream().mapToDouble(p -> p.location().lat()).average().orElse(0);
			double lon = places.stream().mapToDouble(p -> p.location().lon()).average().orElse(0);
			return new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
		}

	}

}
