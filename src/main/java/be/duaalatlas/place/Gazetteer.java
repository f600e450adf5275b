package be.duaalatlas.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.PostcodeAreas.PostcodeArea;

import org.springframework.stereotype.Component;

/**
 * Postcodes and municipality names to coordinates, so that "near 9000" or "near Gent"
 * works without the user knowing coordinates. The ~1,200 places are held in memory per
 * catalogue generation.
 */
@Component
public class Gazetteer {

	private final Snapshot<Places> places;

	Gazetteer(Snapshots snapshots) {
		this.places = snapshots.of(PlaceDocument.KIND, PlaceDocument.class, Places::new);
	}

	/** The centre of a postcode's places. */
	public Optional<Area> postcode(String postcode) {
		return Optional.ofNullable(places().byPostcode.get(postcode));
	}

	/**
	 * The centre of the places of a municipality (Dutch or French name, accents and case
	 * ignored).
	 */
	public Optional<Area> municipality(String name) {
		return Optional.ofNullable(places().byName.get(fold(name)));
	}

	/**
	 * The postcodes of the places a name means (see {@link #municipality}), empty for an
	 * unknown name.
	 */
	public List<String> postcodesOf(String municipality) {
		return places().postcodesByName.getOrDefault(fold(municipality), List.of());
	}

	public List<PlaceDocument> all() {
		return places().all;
	}

	/** A named area and its centre. */
	public record Area(String postcode, String name, String province, GeoPoint centre) {
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

		final Map<String, Area> byPostcode = new HashMap<>();

		final Map<String, Area> byName = new HashMap<>();

		final Map<String, List<String>> postcodesByName = new HashMap<>();

		Places(List<PlaceDocument> all) {
			this.all = all;
			Map<String, PostcodeArea> areas = PostcodeAreas.of(all);
			Map<String, PlaceDocument> main = new HashMap<>();
			areas.forEach((postcode, area) -> main.put(postcode, area.first()));
			Map<String, List<PlaceDocument>> names = new HashMap<>();
			for (PlaceDocument place : all) {
				for (String name : names(place)) {
					List<PlaceDocument> list = names.computeIfAbsent(name, k -> new ArrayList<>());
					if (!list.contains(place)) {
						list.add(place);
					}
				}
			}
			areas.forEach((postcode, area) -> byPostcode.put(postcode, area(area.first(), area.centre())));
			names.forEach((name, places) -> {
				List<PlaceDocument> meant = meant(name, places, main);
				byName.put(name, area(meant.get(0), PostcodeAreas.centre(meant)));
				postcodesByName.put(name, meant.stream().map(PlaceDocument::postcode).distinct().sorted().toList());
			});
		}

		/**
		 * The places a name means. Places share names: Halle is a town in Vlaams-Brabant
		 * (1500) and a village of Zoersel (2980), Aalst a city (9300) and a village of
		 * Sint-Truiden (3800). A name means the places whose postcode it names (Halle
		 * 1500, not Zoersel's 2980); when it names postcodes far apart (Deurne 2100 and
		 * 3290), the one with the lowest postcode and its neighbours of that name, so
		 * that the centre is a real place, never the midpoint of two towns 60 km apart.
		 */
		private static List<PlaceDocument> meant(String name, List<PlaceDocument> places,
				Map<String, PlaceDocument> main) {
			List<PlaceDocument> naming = places.stream()
				.filter(p -> names(main.get(p.postcode())).contains(name))
				.toList();
			List<PlaceDocument> candidates = naming.isEmpty() ? places : naming;
			PlaceDocument anchor = candidates.stream()
				.min(Comparator.comparing(PlaceDocument::postcode).thenComparing(PostcodeAreas::line))
				.orElseThrow();
			return candidates.stream().filter(p -> anchor.location().kmTo(p.location()) <= SAME_PLACE_KM).toList();
		}

		/**
		 * A place's names, folded: its own and its municipality's, in Dutch and French.
		 */
		private static List<String> names(PlaceDocument place) {
			List<String> names = new ArrayList<>();
			for (String name : new String[] { place.name().nl(), place.name().fr(), place.municipality().nl(),
					place.municipality().fr() }) {
				if (name != null && !names.contains(fold(name))) {
					names.add(fold(name));
				}
			}
			return names;
		}

		/** An area named after its first place. */
		private static Area area(PlaceDocument first, GeoPoint centre) {
			return new Area(first.postcode(), first.name().nl(), first.province(), centre);
		}

	}

}
