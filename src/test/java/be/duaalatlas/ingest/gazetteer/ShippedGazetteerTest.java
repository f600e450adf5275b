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
import java.util.TreeMap;
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

	static List<String[]> municipalities;

	static List<String[]> former;

	static Map<String, String[]> placeMunicipalities;

	@BeforeAll
	static void read() throws IOException {
		rows = Files.readAllLines(FOLDER.resolve("postcodes-be.tsv"), StandardCharsets.UTF_8)
			.stream()
			.map(line -> line.split("\t", -1))
			.toList();
		municipalities = table("municipalities.tsv", "nis", "name_nl", "name_fr", "province");
		former = table("former-municipalities.tsv", "nis", "name_nl", "name_fr", "merged_into", "since");
		placeMunicipalities = new HashMap<>();
		table("place-municipalities.tsv", "postcode", "place", "nis", "name_nl", "name_fr")
			.forEach(f -> placeMunicipalities.put(f[0] + "\t" + f[1], f));
	}

	static List<String[]> table(String name, String... header) throws IOException {
		List<String> lines = Files.readAllLines(FOLDER.resolve(name), StandardCharsets.UTF_8);
		assertThat(lines.get(0).split("\t")).as(name).containsExactly(header);
		List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
		assertThat(rows).as(name).allSatisfy(f -> assertThat(f).hasSize(header.length));
		return rows;
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
	void everyFlemishAndBrusselsMunicipalityOf2025IsThereExactlyOnceWithItsRefnisCode() {
		// Statbel REFNIS 2025: 285 Flemish municipalities (300 before the mergers of 1
		// January 2025) and 19 in Brussels
		assertThat(municipalities.stream().map(f -> f[0]).distinct()).hasSize(municipalities.size());
		assertThat(municipalities.stream().map(f -> f[1]).distinct()).as("Dutch names").hasSize(municipalities.size());
		assertThat(municipalities.stream().filter(f -> f[3].equals("BRUSSELS"))).hasSize(19)
			.allSatisfy(f -> assertThat(f[2]).as("French name of " + f[1]).isNotBlank());
		assertThat(municipalities.stream().filter(f -> !f[3].equals("BRUSSELS"))).hasSize(285);
		assertThat(municipalities).allSatisfy(f -> assertThat(f[0]).matches("\\d{5}"));
		assertThat(municipalities).extracting(f -> f[1])
			.contains("Pajottegem", "Tongeren-Borgloon", "Merelbeke-Melle", "Nazareth-De Pinte",
					"Beveren-Kruibeke-Zwijndrecht", "Bilzen-Hoeselt", "Tessenderlo-Ham", "Lokeren", "Tielt", "Hasselt",
					"Lochristi", "Wingene", "Antwerpen")
			.doesNotContain("Kortessem", "Borgloon", "Galmaarden", "Herne", "Gooik", "Moerbeke", "Wachtebeke",
					"Meulebeke", "Ruiselede", "Borsbeek", "Kruibeke", "Zwijndrecht", "Melle", "De Pinte");
		// before the mergers of 2025 Flanders had 300 municipalities: today's, plus the
		// merged ones, less the ones
		// the mergers created (every target but Antwerpen, which kept its code when
		// Borsbeek joined it)
		List<String[]> merged2025 = former.stream().filter(f -> f[4].equals("2025-01-01")).toList();
		Set<String> targets = new TreeSet<>(merged2025.stream().map(f -> f[3]).toList());
		assertThat(targets).contains("11002");
		assertThat(285 + merged2025.size() - (targets.size() - 1)).isEqualTo(300);
		Set<String> current = new TreeSet<>(municipalities.stream().map(f -> f[0]).toList());
		assertThat(former).allSatisfy(f -> assertThat(current).as(f[1] + " merged into " + f[3]).contains(f[3]));
	}

	@Test
	void everyPlaceIsInOneMunicipalityOfItsProvinceAndEveryPostcodeInOneOrFlaggedAsShared() {
		Map<String, String> provinceOf = new HashMap<>();
		municipalities.forEach(f -> provinceOf.put(f[0], f[3]));
		Map<String, String> geoNamesProvince = Map.of("BRU", "BRUSSELS", "VAN", "ANTWERPEN", "VBR", "VLAAMS_BRABANT",
				"VLI", "LIMBURG", "VOV", "OOST_VLAANDEREN", "VWV", "WEST_VLAANDEREN");
		Map<String, Set<String>> municipalitiesOfPostcode = new HashMap<>();
		for (String[] f : rows) {
			String[] place = placeMunicipalities.get(f[1] + "\t" + f[2]);
			assertThat(place).as(f[1] + " " + f[2]).isNotNull();
			// GeoNames predates 2025: Zwijndrecht (2070) moved to Oost-Vlaanderen
			// with Beveren-Kruibeke-Zwijndrecht
			assertThat(provinceOf.get(place[2])).as(f[1] + " " + f[2])
				.isEqualTo(f[1].equals("2070") ? "OOST_VLAANDEREN" : geoNamesProvince.get(f[6]));
			assertThat(place[3]).as("Dutch name of " + f[2]).isNotBlank();
			municipalitiesOfPostcode.computeIfAbsent(f[1], k -> new TreeSet<>()).add(place[2]);
		}
		assertThat(placeMunicipalities).hasSameSizeAs(rows);
		// every municipality has at least one place
		assertThat(municipalitiesOfPostcode.values().stream().flatMap(Set::stream).distinct().count())
			.isEqualTo(municipalities.size());
		// the postcode areas that cross a municipal border, each known and listed
		// in SOURCE.md
		Map<String, Set<String>> shared = new TreeMap<>();
		municipalitiesOfPostcode.forEach((postcode, nis) -> {
			if (nis.size() > 1) {
				shared.put(postcode, nis);
			}
		});
		assertThat(shared).isEqualTo(Map.of("3470", Set.of("24054", "24107"), "9520", Set.of("41063", "41081"), "9700",
				Set.of("45035", "45061")));
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
			assertThat(place.municipalityNis()).matches("\\d{5}");
			if (place.province().equals("BRUSSELS")) {
				assertThat(place.municipality().nl()).isNotBlank();
				assertThat(place.municipality().fr()).isNotBlank();
			}
			else {
				assertThat(place.rtcArea()).startsWith("rtc-");
			}
		});
	}

}
