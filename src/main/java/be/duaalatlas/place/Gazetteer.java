package be.duaalatlas.place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;

/**
 * Postcodes and municipality names to coordinates, so that "near 9000" or "near Gent" works without the user knowing
 * coordinates. The ~1,200 places are held in memory per catalogue generation.
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

	/** The centre of a postcode's places. */
	public Optional<Area> postcode(String postcode) {
		return Optional.ofNullable(places().byPostcode.get(postcode));
	}

	/** The centre of the places of a municipality (Dutch or French name, accents and case ignored). */
	public Optional<Area> municipality(String name) {
		return Optional.ofNullable(places().byName.get(fold(name)));
	}

	/** Every postcode with a place or municipality of that name (Dutch or French). */
	public List<String> postcodesOf(String municipality) {
		String wanted = fold(municipality);
		return places().all.stream()
			.filter(p -> wanted.equals(fold(p.name().nl())) || wanted.equals(fold(p.municipality().nl()))
					|| (p.municipality().fr() != null && wanted.equals(fold(p.municipality().fr()))))
			.map(PlaceDocument::postcode)
			.distinct()
			.toList();
	}

	public List<PlaceDocument> all() {
		return places().all;
	}

	/** A named area and its centre. */
	public record Area(String postcode, String name, String province, GeoPoint centre) {
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

		final List<PlaceDocument> all;

		final Map<String, Area> byPostcode = new HashMap<>();

		final Map<String, Area> byName = new HashMap<>();

		Places(List<PlaceDocument> all) {
			this.all = all;
			Map<String, List<PlaceDocument>> postcodes = new HashMap<>();
			Map<String, List<PlaceDocument>> names = new HashMap<>();
			for (PlaceDocument place : all) {
				postcodes.computeIfAbsent(place.postcode(), k -> new ArrayList<>()).add(place);
				for (String name : new String[] { place.name().nl(), place.name().fr(), place.municipality().nl(),
						place.municipality().fr() }) {
					if (name != null) {
						List<PlaceDocument> list = names.computeIfAbsent(fold(name), k -> new ArrayList<>());
						if (!list.contains(place)) {
							list.add(place);
						}
					}
				}
			}
			postcodes.forEach((postcode, places) -> byPostcode.put(postcode, area(postcode, places)));
			names.forEach((name, places) -> byName.put(name, area(places.get(0).postcode(), places)));
		}

		private static Area area(String postcode, List<PlaceDocument> places) {
			double lat = places.stream().mapToDouble(p -> p.location().lat()).average().orElse(0);
			double lon = places.stream().mapToDouble(p -> p.location().lon()).average().orElse(0);
			PlaceDocument first = places.get(0);
			return new Area(postcode, first.name().nl(), first.province(), new GeoPoint(lat, lon));
		}

	}

}
