package be.duaalatlas.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.place.PlaceDocument.FormerMunicipality;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.PostcodeAreas.PostcodeArea;

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

	private final Snapshot<Places> places;

	Gazetteer(Snapshots snapshots) {
		this.places = snapshots.of(PlaceDocument.KIND, PlaceDocument.class, Places::new);
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
		return places.get();
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
			Map<String, PostcodeArea> areas = PostcodeAreas.of(all);
			Map<String, List<PlaceDocument>> byMunicipality = all.stream()
				.collect(Collectors.groupingBy(PostcodeAreas::nis, LinkedHashMap::new, Collectors.toList()));
			byMunicipality.forEach((nis, places) -> {
				PlaceDocument any = places.get(0);
				List<String> codes = areas.entrySet()
					.stream()
					.filter(area -> nis.equals(area.getValue().municipalityNis()))
					.map(Map.Entry::getKey)
					.sorted()
					.toList();
				Municipality municipality = new Municipality(nis, any.municipality(), any.province(), any.rtcArea(),
						codes.isEmpty() ? places.stream().map(PlaceDocument::postcode).distinct().sorted().toList()
								: codes,
						PostcodeAreas.centre(places),
						any.formerMunicipalities() == null ? List.of() : any.formerMunicipalities());
				byNis.put(nis, municipality);
			});
			byNis.values().forEach(m -> {
				names(m.name()).forEach(n -> byName.putIfAbsent(n, m));
				m.former().forEach(f -> {
					successorOf.put(f.nis(), m.nis());
					names(f.name()).forEach(n -> formerByName.putIfAbsent(n, f));
				});
			});
			areas.forEach((postcode, area) -> {
				Municipality municipality = byNis.get(area.municipalityNis());
				byPostcode.put(postcode, new Area(postcode, municipality.name().nl(), area.first().province(),
						area.centre(), municipality));
			});
			Map<String, List<PlaceDocument>> named = new HashMap<>();
			for (PlaceDocument place : all) {
				for (String name : names(place.name())) {
					List<PlaceDocument> list = named.computeIfAbsent(name, k -> new ArrayList<>());
					if (!list.contains(place)) {
						list.add(place);
					}
				}
			}
			named.forEach((name, places) -> {
				List<PlaceDocument> meant = meant(name, places, areas);
				PlaceDocument first = meant.get(0);
				byPlaceName.put(name, new Area(first.postcode(), first.name().nl(), first.province(),
						PostcodeAreas.centre(meant), byNis.get(PostcodeAreas.nis(first))));
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
		 * (Meldert is a village of Aalst, of Lummen and of Hoegaarden): a name means the
		 * places whose postcode area it names, if any; else the one with the lowest
		 * postcode and its neighbours of that name, so that the centre is a real place,
		 * never the midpoint of villages 60 km apart.
		 */
		private static List<PlaceDocument> meant(String name, List<PlaceDocument> places,
				Map<String, PostcodeArea> areas) {
			List<PlaceDocument> naming = places.stream()
				.filter(p -> names(areas.get(p.postcode()).first().name()).contains(name))
				.toList();
			List<PlaceDocument> candidates = naming.isEmpty() ? places : naming;
			PlaceDocument anchor = candidates.stream()
				.min(Comparator.comparing(PlaceDocument::postcode).thenComparing(PostcodeAreas::line))
				.orElseThrow();
			return candidates.stream().filter(p -> anchor.location().kmTo(p.location()) <= SAME_PLACE_KM).toList();
		}

		private static List<String> names(Localized name) {
			List<String> names = new ArrayList<>();
			for (String n : new String[] { name.nl(), name.fr() }) {
				if (n != null && !names.contains(fold(n))) {
					names.add(fold(n));
				}
			}
			return names;
		}

	}

}
