package be.duaalatlas.ingest.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.Provinces;
import be.duaalatlas.index.Slugs;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * GeoNames postal codes (CC BY 4.0) in their own tab-separated layout, filtered to
 * Flanders and Brussels; Brussels rows get their Dutch and French municipality names from
 * {@code brussels-municipalities.tsv} beside the file.
 */
@Component
class GazetteerSource implements CatalogueSource {

	static final String BRUSSELS_NAMES = "brussels-municipalities.tsv";

	/** GeoNames' admin code 2 (province) for the areas we keep. */
	static final Map<String, String> PROVINCES = Map.of("VAN", "ANTWERPEN", "VBR", "VLAAMS_BRABANT", "VLI", "LIMBURG",
			"VOV", "OOST_VLAANDEREN", "VWV", "WEST_VLAANDEREN", "BRU", "BRUSSELS");

	@Override
	public String name() {
		return "geonames-postal-codes";
	}

	@Override
	public String kind() {
		return PlaceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		Map<String, Localized> brussels = brusselsNames(input.resource());
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
			long line = 0;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				String[] f = text.split("\t", -1);
				String problem = problem(f);
				if (problem != null) {
					sink.reject(line, problem);
					continue;
				}
				String postcode = f[1];
				String province = PROVINCES.get(f[6]);
				Localized name = "BRUSSELS".equals(province) && brussels.containsKey(postcode) ? brussels.get(postcode)
						: new Localized(f[2], null, null);
				Localized municipality = "BRUSSELS".equals(province) ? name : new Localized(f[2], null, null);
				String id = postcode + "-" + Slugs.of(f[2]);
				sink.index(id,
						new PlaceDocument(PlaceDocument.KIND, postcode, name, municipality, province,
								Provinces.NAMES.get(province), Provinces.region(province),
								List.of(Provinces.region(province), province).stream().distinct().toList(),
								Provinces.rtcArea(province), f[7],
								new GeoPoint(Double.parseDouble(f[9]), Double.parseDouble(f[10])),
								new Suggest(java.util.stream.Stream
									.of(postcode + " " + name.nl(), name.nl(), name.fr(),
											name.fr() == null ? null : postcode + " " + name.fr())
									.filter(s -> s != null)
									.distinct()
									.toList()),
								context.provenance(name(), id, input, line, null)),
						line);
			}
		}
	}

	private static String problem(String[] f) {
		if (f.length != 12) {
			return "malformed line: expected 12 tab-separated GeoNames fields, found " + f.length;
		}
		if (!"BE".equals(f[0])) {
			return "country '" + f[0] + "' is not BE";
		}
		if (!f[1].matches("\\d{4}")) {
			return "postcode '" + f[1] + "' is not 4 digits";
		}
		if (!PROVINCES.containsKey(f[6])) {
			return "province code '" + f[6] + "' is not in Flanders or Brussels";
		}
		try {
			double lat = Double.parseDouble(f[9]);
			double lon = Double.parseDouble(f[10]);
			if (lat < 49.49 || lat > 51.51 || lon < 2.54 || lon > 6.41) {
				return "coordinates " + lat + "," + lon + " are outside Belgium";
			}
		}
		catch (NumberFormatException ex) {
			return "coordinates '" + f[9] + "," + f[10] + "' are not numbers";
		}
		return null;
	}

	/**
	 * Postcode → Dutch and French name of the Brussels municipality, from the companion
	 * file if present.
	 */
	private static Map<String, Localized> brusselsNames(Resource gazetteer) throws IOException {
		Map<String, Localized> names = new HashMap<>();
		Resource companion = gazetteer.createRelative(BRUSSELS_NAMES);
		if (!companion.exists()) {
			return names;
		}
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(companion.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.skip(1)
				.map(l -> l.split("\t"))
				.filter(f -> f.length == 3)
				.forEach(f -> names.put(f[0].strip(), new Localized(f[1].strip(), f[2].strip(), null)));
		}
		return names;
	}

}
