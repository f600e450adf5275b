package be.duaalatlas.ingest.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.place.PlaceDocument.FormerMunicipality;

import org.springframework.core.io.Resource;

/**
 * The three tab-separated companion tables of the gazetteer (see
 * {@code catalogue/places/SOURCE.md}): {@code municipalities.tsv} (the 300 Flemish and
 * Brussels municipalities of 2025 with their REFNIS codes),
 * {@code former-municipalities.tsv} (the municipalities merged into them, and when) and
 * {@code place-municipalities.tsv} (which municipality every GeoNames place is part of,
 * with the place's official Dutch and, where official, French name).
 */
final class MunicipalityTables {

	static final String MUNICIPALITIES = "municipalities.tsv";

	static final String FORMER = "former-municipalities.tsv";

	static final String PLACES = "place-municipalities.tsv";

	record Municipality(String nis, Localized name, String province) {
	}

	record PlaceRow(String nis, Localized name) {
	}

	private final Map<String, Municipality> municipalities = new HashMap<>();

	private final Map<String, List<FormerMunicipality>> former = new HashMap<>();

	private final Map<String, PlaceRow> places = new HashMap<>();

	private final String missing;

	private MunicipalityTables(String missing) {
		this.missing = missing;
	}

	static MunicipalityTables beside(Resource gazetteer) throws IOException {
		for (String name : List.of(MUNICIPALITIES, FORMER, PLACES)) {
			if (!gazetteer.createRelative(name).exists()) {
				return new MunicipalityTables(name);
			}
		}
		MunicipalityTables tables = new MunicipalityTables(null);
		rows(gazetteer.createRelative(MUNICIPALITIES), 4, f -> tables.municipalities.put(f[0],
				new Municipality(f[0], new Localized(f[1], blankToNull(f[2]), null), f[3])));
		rows(gazetteer.createRelative(FORMER), 5, f -> tables.former.computeIfAbsent(f[3], k -> new ArrayList<>())
			.add(new FormerMunicipality(f[0], new Localized(f[1], blankToNull(f[2]), null), f[4])));
		rows(gazetteer.createRelative(PLACES), 5, f -> tables.places.put(key(f[0], f[1]),
				new PlaceRow(f[2], new Localized(f[3], blankToNull(f[4]), null))));
		return tables;
	}

	/** The tables beside a gazetteer file that exist. */
	static List<SourceInput> companions(SourceInput gazetteer) {
		List<SourceInput> found = new ArrayList<>();
		for (String name : List.of(MUNICIPALITIES, FORMER, PLACES)) {
			try {
				Resource table = gazetteer.resource().createRelative(name);
				if (table.exists()) {
					found.add(new SourceInput(gazetteer.name() + "/../" + name, table));
				}
			}
			catch (IOException ex) {
				// no relative resource (an in-memory input): no companions
			}
		}
		return found;
	}

	/** Why a GeoNames place cannot be placed in a municipality, or null. */
	String problem(String postcode, String place) {
		if (missing != null) {
			return "no municipality for " + postcode + " " + place + ": the companion table " + missing
					+ " is missing beside the gazetteer";
		}
		PlaceRow row = places.get(key(postcode, place));
		if (row == null) {
			return "no municipality for " + postcode + " " + place + " in " + PLACES;
		}
		Municipality municipality = municipalities.get(row.nis());
		if (municipality == null) {
			return "municipality " + row.nis() + " of " + postcode + " " + place + " is not in " + MUNICIPALITIES;
		}
		return null;
	}

	PlaceRow place(String postcode, String place) {
		return places.get(key(postcode, place));
	}

	Municipality municipality(String nis) {
		return municipalities.get(nis);
	}

	List<FormerMunicipality> formerOf(String nis) {
		return List.copyOf(former.getOrDefault(nis, List.of()));
	}

	private static String key(String postcode, String place) {
		return postcode + "\t" + place;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Every line after the header, split on tabs, checked for its number of fields. */
	private static void rows(Resource table, int fields, Consumer<String[]> row) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8))) {
			int line = 1;
			reader.readLine();
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				String[] f = text.split("\t", -1);
				if (f.length != fields) {
					throw new IOException(table.getFilename() + ":" + line + ": expected " + fields
							+ " tab-separated fields, found " + f.length);
				}
				row.accept(f);
			}
		}
	}

}
