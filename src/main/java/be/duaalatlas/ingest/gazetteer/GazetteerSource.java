package be.duaalatlas.ingest.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Slugs;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.Provinces;

import org.springframework.stereotype.Component;

/**
 * GeoNames postal codes (CC BY 4.0) in their own tab-separated layout, filtered to
 * Flanders and Brussels. Each place gets the municipality it is part of since the mergers
 * of 1 January 2025, with its Statbel REFNIS code, from the {@link MunicipalityTables
 * companion tables} beside the file; a place the tables do not know is rejected.
 */
@Component
class GazetteerSource implements CatalogueSource {

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
	public List<SourceInput> companions(SourceInput input) {
		return MunicipalityTables.companions(input);
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		MunicipalityTables tables = MunicipalityTables.beside(input.resource());
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
			long line = 0;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				String[] f = text.split("\t", -1);
				String problem = problem(f);
				if (problem == null) {
					problem = tables.problem(f[1], f[2]);
				}
				if (problem != null) {
					sink.reject(line, problem);
					continue;
				}
				String postcode = f[1];
				MunicipalityTables.PlaceRow place = tables.place(postcode, f[2]);
				MunicipalityTables.Municipality municipality = tables.municipality(place.nis());
				// the municipality's province: Zwijndrecht (2070) moved from Antwerpen to
				// Oost-Vlaanderen in 2025
				String province = municipality.province();
				Localized name = place.name();
				String id = postcode + "-" + Slugs.of(f[2]);
				sink.index(id,
						new PlaceDocument(PlaceDocument.KIND, postcode, name, municipality.name(), province,
								Provinces.NAMES.get(province), Provinces.region(province),
								Stream.of(Provinces.region(province), province).distinct().toList(),
								Provinces.rtcArea(province), f[7],
								new GeoPoint(Double.parseDouble(f[9]), Double.parseDouble(f[10])),
								new Suggest(suggestions(postcode, name, municipality.name())),
								context.provenance(name(), id, input, line, null), municipality.nis(),
								tables.formerOf(municipality.nis())),
						line);
			}
		}
	}

	/**
	 * What the place is found by as one types: postcode and municipality first, then the
	 * place's own names.
	 */
	private static List<String> suggestions(String postcode, Localized place, Localized municipality) {
		return Stream
			.of(postcode + " " + municipality.nl(),
					municipality.fr() == null ? null : postcode + " " + municipality.fr(), municipality.nl(),
					municipality.fr(), place.nl(), place.fr())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
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

}
