package be.duaalatlas.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.error;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Places as people name them today: a postcode is named after its municipality as it is
 * since the mergers of 1 January 2025; {@code municipality} in {@code place},
 * {@code near} and filters means the whole municipality, all its postcodes; the names of
 * former municipalities still resolve and say what they are now.
 */
class MunicipalitiesTest extends AtlasIntegrationTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "3500, Hasselt, 71072, Sint-Lambrechts-Herk", "3800, Sint-Truiden, 71053, Halmaal",
			"3720, Hasselt, 71072, Kortessem", "1570, Pajottegem, 23106, Galmaarden",
			"3840, Tongeren-Borgloon, 73111, Borgloon", "9090, Merelbeke-Melle, 44088, Melle",
			"9810, Nazareth-De Pinte, 44086, Nazareth", "9150, Beveren-Kruibeke-Zwijndrecht, 46030, Kruibeke",
			"3740, Bilzen-Hoeselt, 73110, Bilzen", "9180, Lokeren, 46029, Moerbeke-Waas",
			"8760, Tielt, 37022, Meulebeke", "3980, Tessenderlo-Ham, 71071, Tessenderlo",
			"9185, Lochristi, 44087, Wachtebeke", "8750, Wingene, 37021, Wingene", "2150, Antwerpen, 11002, Borsbeek" })
	void aPostcodeIsNamedAfterItsMunicipalityWithItsPlacesBeside(String postcode, String municipality, String nis,
			String subMunicipality) {
		JsonNode place = place(postcode, "NL");
		assertThat(place.path("name").path("value").asText()).isEqualTo(municipality);
		assertThat(place.path("municipality").path("nisCode").asText()).isEqualTo(nis);
		assertThat(place.path("municipality").path("postcodes").toString()).contains("\"" + postcode + "\"");
		assertThat(place.path("subMunicipalities").findValues("value")).extracting(JsonNode::asText)
			.contains(subMunicipality);
		assertThat(place.path("sharedWith")).isEmpty();
	}

	@Test
	void zwijndrechtMovedToOostVlaanderenAndBrusselsPlacesHaveBothNames() {
		assertThat(place("2070", "NL").path("province").asText()).isEqualTo("OOST_VLAANDEREN");
		JsonNode laken = place("1020", "FR");
		assertThat(laken.path("name").path("value").asText()).isEqualTo("Bruxelles");
		assertThat(laken.path("name").path("language").asText()).isEqualTo("FR");
		assertThat(laken.path("subMunicipalities").get(0).path("value").asText()).isEqualTo("Laeken");
		assertThat(place("1020", "NL").path("subMunicipalities").get(0).path("value").asText()).isEqualTo("Laken");
		assertThat(place("1020", "NL").path("municipality").path("nisCode").asText()).isEqualTo("21004");
	}

	@Test
	void aPostcodeAreaAcrossAMunicipalBorderSaysWhichOtherMunicipalityItTouches() {
		JsonNode kortenaken = place("3470", "NL");
		assertThat(kortenaken.path("name").path("value").asText()).isEqualTo("Kortenaken");
		assertThat(kortenaken.path("sharedWith").findValues("nisCode")).extracting(JsonNode::asText)
			.containsExactly("24107");
	}

	@Test
	void gentIsTheWholeCityInPlaceFiltersAndNear() {
		JsonNode gent = municipality("Gent", null);
		List<String> postcodes = texts(gent.path("postcodes"));
		assertThat(postcodes).containsExactly("9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051",
				"9052");
		assertThat(gent.path("nisCode").asText()).isEqualTo("44021");
		// the filter takes every located record in one of those postcodes, and
		// nothing else
		SearchHits.All filtered = SearchHits.all(graphQl, null, Map.of("municipality", "Gent"));
		SearchHits.All around = SearchHits.all(graphQl, null, null, Map.of("postcode", "9000", "radiusKm", 30.0), null,
				100);
		List<String> expected = around.hits()
			.stream()
			.filter(h -> postcodes.contains(h.text("postcode")))
			.map(h -> h.node().path("id").asText())
			.sorted()
			.toList();
		assertThat(around.hits()
			.stream()
			.filter(h -> postcodes.contains(h.text("postcode")))
			.map(h -> h.text("postcode"))
			.distinct()
			.count()).as("records in more than one of Gent's postcodes").isGreaterThan(1);
		assertThat(filtered.hits().stream().map(h -> h.node().path("id").asText()).sorted().toList())
			.isEqualTo(expected);
		// near measures from the municipality's centre, not from 9000's
		SearchHits.All near = SearchHits.all(graphQl, null, null, Map.of("municipality", "Gent", "radiusKm", 5.0),
				"DISTANCE", 100);
		JsonNode centre = gent.path("centre");
		assertThat(near.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.distanceKm())
				.isCloseTo(GeoSearchTest.distance(centre, hit.node().path("location")), within(0.11)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "Pajottegem, 23106, Galmaarden|Gooik|Herne", "Tongeren-Borgloon, 73111, Tongeren|Borgloon",
			"Merelbeke-Melle, 44088, Merelbeke|Melle", "Nazareth-De Pinte, 44086, Nazareth|De Pinte",
			"Beveren-Kruibeke-Zwijndrecht, 46030, Beveren|Kruibeke|Zwijndrecht",
			"Bilzen-Hoeselt, 73110, Bilzen|Hoeselt", "Tessenderlo-Ham, 71071, Ham|Tessenderlo",
			"Hasselt, 71072, Hasselt|Kortessem", "Lochristi, 44087, Lochristi|Wachtebeke",
			"Lokeren, 46029, Lokeren|Moerbeke", "Tielt, 37022, Meulebeke|Tielt", "Wingene, 37021, Ruiselede|Wingene",
			"Antwerpen, 11002, Borsbeek" })
	void aMergedMunicipalityAndItsFormerNamesResolveInPlaceNearAndFilters(String name, String nis, String formers) {
		JsonNode merged = municipality(name, null);
		assertThat(merged.path("nisCode").asText()).isEqualTo(nis);
		assertThat(merged.path("foundAsFormer").isNull()).isTrue();
		assertThat(merged.path("formerMunicipalities").findValues("value")).extracting(JsonNode::asText)
			.containsAll(List.of(formers.split("\\|")));
		Set<String> postcodes = Set.copyOf(texts(merged.path("postcodes")));
		SearchHits.All inIt = SearchHits.all(graphQl, null, Map.of("municipality", name));
		assertThat(inIt.hits()).allSatisfy(hit -> assertThat(postcodes).contains(hit.text("postcode")));
		SearchHits.All near = SearchHits.all(graphQl, null, null, Map.of("municipality", name, "radiusKm", 15.0),
				"DISTANCE", 100);
		assertThat(near.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.distanceKm()).isLessThanOrEqualTo(15.0));
		for (String former : formers.split("\\|")) {
			JsonNode found = municipality(former, null);
			assertThat(found.path("nisCode").asText()).as(former).isEqualTo(nis);
			if (!former.equals(name)) {
				assertThat(found.path("foundAsFormer").path("name").path("value").asText()).isEqualTo(former);
				assertThat(found.path("foundAsFormer").path("mergedOn").asText()).isEqualTo("2025-01-01");
				assertThat(found.path("foundAsFormer").path("mergedIntoNisCode").asText()).isEqualTo(nis);
			}
			assertThat(ids(SearchHits.all(graphQl, null, Map.of("municipality", former)))).as(former)
				.isEqualTo(ids(inIt));
			assertThat(ids(SearchHits.all(graphQl, null, null, Map.of("municipality", former, "radiusKm", 15.0),
					"DISTANCE", 100)))
				.as(former)
				.isEqualTo(ids(near));
		}
	}

	@Test
	void aFormerMunicipalitysRefnisCodeFindsWhatItIsNow() {
		JsonNode kortessem = municipality(null, "73040");
		assertThat(kortessem.path("name").path("value").asText()).isEqualTo("Hasselt");
		assertThat(kortessem.path("foundAsFormer").path("name").path("value").asText()).isEqualTo("Kortessem");
		assertThat(municipality(null, "71072").path("foundAsFormer").isNull()).isTrue();
	}

	@Test
	void anUnknownOrBadMunicipalityIsATypedError() {
		error(graphQl.document("{ municipality(name: \"Atlantis\") { nisCode } }").execute(), "NOT_FOUND", "name");
		error(graphQl.document("{ municipality(nisCode: \"99999\") { nisCode } }").execute(), "NOT_FOUND", "nisCode");
		error(graphQl.document("{ municipality(nisCode: \"7107\") { nisCode } }").execute(), "BAD_REQUEST", "nisCode");
		error(graphQl.document("{ municipality(name: \"Gent\", nisCode: \"44021\") { nisCode } }").execute(),
				"BAD_REQUEST", "name");
		error(graphQl.document("{ municipality(name: \"" + "x".repeat(101) + "\") { nisCode } }").execute(),
				"BAD_REQUEST", "name");
	}

	private JsonNode place(String postcode, String lang) {
		return data(graphQl.documentName("search/placeMunicipality")
			.variable("postcode", postcode)
			.variable("lang", lang)
			.execute(), "place");
	}

	private JsonNode municipality(String name, String nisCode) {
		return data(graphQl.documentName("search/municipality")
			.variable("name", name)
			.variable("nisCode", nisCode)
			.execute(), "municipality");
	}

	private static List<String> ids(SearchHits.All all) {
		return all.hits().stream().map(hit -> hit.node().path("id").asText()).toList();
	}

}
