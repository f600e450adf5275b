package be.duaalatlas.ingest.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.place.PlaceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gazetteer the catalogue ships ({@code src/main/resources/catalogue/places/}), read
 * as it is on disk: every row is a place of Flanders or Brussels where it should be, and
 * the adapter takes every one of them.
 */
class ShippedGazetteerTest {

	static final Path FOLDER = AdapterTesting.SAMPLE.resolve("places");

	/**
	 * Postcode ranges per GeoNames province code (admin code 2), as bpost assigns them.
	 */
	static final Map<String, List<int[]>> RANGES = Map.of("BRU", List.of(new int[] { 1000, 1299 }), "VBR",
			List.of(new int[] { 1500, 1999 }, new int[] { 3000, 3499 }), "VAN", List.of(new int[] { 2000, 2999 }),
			"VLI", List.of(new int[] { 3500, 3999 }), "VWV", List.of(new int[] { 8000, 8999 }), "VOV",
			List.of(new int[] { 9000, 9999 }));

	static List<String[]> rows;

	static Map<String, String[]> brusselsNames;

	@BeforeAll
	static void read() throws IOException {
		rows = Files.readAllLines(FOLDER.resolve("postcodes-be.tsv"), StandardCharsets.UTF_8)
			.stream()
			.map(line -> line.split("\t", -1))
			.toList();
		brusselsNames = new HashMap<>();
		List<String> lines = Files.readAllLines(FOLDER.resolve("brussels-municipalities.tsv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0).split("\t")).containsExactly("postcode", "name_nl", "name_fr");
		lines.subList(1, lines.size()).forEach(line -> {
			String[] f = line.split("\t", -1);
			brusselsNames.put(f[0], f);
		});
	}

	@Test
	void everyRowHasTheTwelveGeoNamesFieldsOfABelgianPlace() {
		assertThat(rows).hasSizeGreaterThan(1000);
		assertThat(rows).allSatisfy(f -> {
			assertThat(f).as(String.join("|", f)).hasSize(12);
			assertThat(f[0]).isEqualTo("BE");
			assertThat(f[1]).matches("\\d{4}");
			assertThat(f[2]).isNotBlank();
			assertThat(RANGES).containsKey(f[6]);
		});
	}

	@Test
	void everyCoordinateIsInsideBelgium() {
		List<String> outside = new ArrayList<>();
		for (String[] f : rows) {
			double lat = Double.parseDouble(f[9]);
			double lon = Double.parseDouble(f[10]);
			if (lat < 49.49 || lat > 51.51 || lon < 2.54 || lon > 6.41) {
				outside.add(f[1] + " " + f[2] + " at " + lat + "," + lon);
			}
		}
		assertThat(outside).isEmpty();
	}

	@Test
	void everyPostcodeIsInTheRangeOfItsProvince() {
		List<String> misplaced = new ArrayList<>();
		Map<String, Set<String>> provincesByPostcode = new HashMap<>();
		for (String[] f : rows) {
			int postcode = Integer.parseInt(f[1]);
			if (RANGES.get(f[6]).stream().noneMatch(r -> postcode >= r[0] && postcode <= r[1])) {
				misplaced.add(f[1] + " " + f[2] + " in " + f[6]);
			}
			provincesByPostcode.computeIfAbsent(f[1], k -> new TreeSet<>()).add(f[6]);
		}
		assertThat(misplaced).isEmpty();
		assertThat(provincesByPostcode)
			.allSatisfy((postcode, provinces) -> assertThat(provinces).as(postcode).hasSize(1));
		Set<String> provinces = new TreeSet<>();
		provincesByPostcode.values().forEach(provinces::addAll);
		assertThat(provinces).isEqualTo(new TreeSet<>(RANGES.keySet()));
	}

	@Test
	void everyBrusselsPostcodeHasItsDutchAndFrenchNameInTheCompanionFile() {
		List<String> brussels = rows.stream().filter(f -> f[6].equals("BRU")).map(f -> f[1]).distinct().toList();
		assertThat(brussels).hasSizeGreaterThanOrEqualTo(19);
		assertThat(brussels).allSatisfy(postcode -> {
			assertThat(brusselsNames).containsKey(postcode);
			String[] names = brusselsNames.get(postcode);
			assertThat(names).as(postcode).hasSize(3);
			assertThat(names[1]).as("Dutch name of " + postcode).isNotBlank();
			assertThat(names[2]).as("French name of " + postcode).isNotBlank();
		});
		// the companion names no postcode the gazetteer does not have, and all 19
		// municipalities
		assertThat(brussels).containsAll(brusselsNames.keySet());
		assertThat(brusselsNames.values().stream().map(f -> f[1]).distinct()).hasSize(19);
	}

	@Test
	void theAdapterTakesEveryRowAsOnePlaceWithoutRejectingAny() throws IOException {
		RecordingSink sink = new RecordingSink();
		new GazetteerSource().read(SourceInput.of(FOLDER.resolve("postcodes-be.tsv")), AdapterTesting.context(Map.of()),
				sink);

		assertThat(sink.rejected).isEmpty();
		// one document per row: no two rows collapse into one id
		assertThat(sink.indexed).hasSize(rows.size());
		assertThat(sink.indexed.values()).allSatisfy(i -> {
			PlaceDocument place = (PlaceDocument) i.document();
			AdapterTesting.assertFitsMapping("places", place);
			if (place.province().equals("BRUSSELS")) {
				assertThat(place.municipality().nl()).isEqualTo(brusselsNames.get(place.postcode())[1]);
				assertThat(place.municipality().fr()).isEqualTo(brusselsNames.get(place.postcode())[2]);
			}
			else {
				assertThat(place.rtcArea()).startsWith("rtc-");
			}
		});
	}

}
