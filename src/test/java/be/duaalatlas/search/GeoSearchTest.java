package be.duaalatlas.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.search.SearchHits.Hit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code near}: by postcode, by municipality in Dutch or French, by coordinates; only
 * located records within the radius, each with its distance, which is the real distance
 * to the record's location; DISTANCE sorts nearest first.
 */
class GeoSearchTest extends AtlasIntegrationTest {

	@Test
	void nearAPostcodeGivesOnlyLocatedRecordsWithinTheRadiusWithTheirDistance() {
		JsonNode centre = place("9000", "NL").path("location");
		SearchHits.All all = SearchHits.all(graphQl, null, null, near("postcode", "9000", 10.0), null, 100);
		assertThat(all.totalCount()).isPositive().isLessThan(SearchHits.total(graphQl, null, null));
		assertWithin(all.hits(), centre, 10.0);
		int wider = SearchHits.all(graphQl, null, null, near("postcode", "9000", 30.0), null, 100).totalCount();
		assertThat(wider).as("a wider radius finds more").isGreaterThan(all.totalCount());
	}

	@Test
	void aMunicipalityIsFoundByItsDutchAndItsFrenchName() {
		String dutch = place("1050", "NL").path("name").path("value").asText();
		String french = place("1050", "FR").path("name").path("value").asText();
		assertThat(dutch).as("a Brussels municipality with two names").isNotEqualToIgnoringCase(french);
		SearchHits.All byDutch = SearchHits.all(graphQl, null, null, near("municipality", dutch, 5.0), "DISTANCE", 100);
		SearchHits.All byFrench = SearchHits.all(graphQl, null, null, near("municipality", french, 5.0), "DISTANCE",
				100);
		assertThat(byDutch.totalCount()).isPositive();
		assertThat(ids(byFrench)).isEqualTo(ids(byDutch));
		assertThat(byFrench.hits()).extracting(Hit::distanceKm)
			.isEqualTo(byDutch.hits().stream().map(Hit::distanceKm).toList());
		assertWithin(byDutch.hits(), place("1050", "NL").path("location"), 5.0);
		// and as a filter: records in that municipality, whichever name
		List<String> filteredDutch = ids(SearchHits.all(graphQl, null, Map.of("municipality", dutch)));
		assertThat(filteredDutch).isNotEmpty()
			.isEqualTo(ids(SearchHits.all(graphQl, null, Map.of("municipality", french))));
	}

	@Test
	void aTownNameAlsoBorneByAVillageElsewhereMeansTheTown() {
		// the municipality Halle (Vlaams-Brabant: 1500, 1501 Buizingen, 1502 Lembeek);
		// the gazetteer also has a
		// village Halle in 2980 Zoersel, 60 km away
		String town = place("1500", "NL").path("name").path("value").asText();
		SearchHits.All near = SearchHits.all(graphQl, null, null, near("municipality", town, 10.0), "DISTANCE", 100);
		assertThat(near.hits()).isNotEmpty();
		JsonNode halle = place("1500", "NL").path("location");
		assertThat(near.hits()).allSatisfy(hit -> {
			assertThat(hit.distanceKm()).isLessThanOrEqualTo(10.0);
			assertThat(distance(halle, hit.node().path("location"))).as("near Halle, not Zoersel").isLessThan(16.0);
		});
		SearchHits.All inTown = SearchHits.all(graphQl, null, Map.of("municipality", town));
		assertThat(inTown.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.text("postcode")).isIn("1500", "1501", "1502"));
	}

	@Test
	void nearCoordinatesIsTheSameAsNearThePostcodeAtThoseCoordinates() {
		JsonNode centre = place("3500", "NL").path("location");
		Map<String, Object> byPoint = new HashMap<>();
		byPoint.put("lat", centre.path("lat").asDouble());
		byPoint.put("lon", centre.path("lon").asDouble());
		byPoint.put("radiusKm", 15.0);
		SearchHits.All point = SearchHits.all(graphQl, null, null, byPoint, "DISTANCE", 100);
		assertThat(point.totalCount()).isPositive();
		assertWithin(point.hits(), centre, 15.0);
		assertThat(ids(point))
			.isEqualTo(ids(SearchHits.all(graphQl, null, null, near("postcode", "3500", 15.0), "DISTANCE", 100)));
	}

	@Test
	void sortDistanceIsNearestFirstAcrossPages() {
		SearchHits.All all = SearchHits.all(graphQl, null, null, near("postcode", "2000", 25.0), "DISTANCE", 7);
		assertThat(all.hits()).hasSize(all.totalCount()).hasSizeGreaterThan(14);
		assertThat(all.hits()).extracting(Hit::distanceKm).isSorted();
		assertThat(ids(all)).doesNotHaveDuplicates();
	}

	@Test
	void withoutTextNearSortsNearestFirstAndWithTextByRelevanceWithinTheRadius() {
		SearchHits.All nearest = SearchHits.all(graphQl, null, null, near("postcode", "2000", 25.0), null, 100);
		assertThat(nearest.hits()).extracting(Hit::distanceKm).isSorted();
		SearchHits.All text = SearchHits.all(graphQl, "elektricien", null, near("postcode", "2000", 25.0), null, 100);
		assertThat(text.totalCount()).isPositive().isLessThan(nearest.totalCount());
		assertWithin(text.hits(), place("2000", "NL").path("location"), 25.0);
	}

	@Test
	void workplacesNearAPlaceSayTheirDistanceAndSortNearestFirst() {
		JsonNode workplaces = data(graphQl.documentName("search/workplacesByNearSortedByDistance").execute(),
				"workplaces");
		List<JsonNode> nodes = nodes(workplaces);
		assertThat(nodes).isNotEmpty().hasSize(workplaces.path("totalCount").asInt());
		JsonNode centre = place("9000", "NL").path("location");
		assertThat(nodes).allSatisfy(node -> {
			assertThat(node.path("distanceKm").asDouble()).isLessThanOrEqualTo(15.0)
				.isCloseTo(distance(centre, node.path("location")), within(0.11));
		});
		assertThat(nodes.stream().map(n -> n.path("distanceKm").asDouble()).toList()).isSorted();
	}

	/**
	 * Every hit is located, says its distance, which is at most the radius and the real
	 * distance to its location.
	 */
	private static void assertWithin(List<Hit> hits, JsonNode centre, double radiusKm) {
		assertThat(hits).allSatisfy(hit -> {
			assertThat(hit.located()).as(hit.toString()).isTrue();
			assertThat(hit.distanceKm()).as("distance of " + hit)
				.isNotNull()
				.isLessThanOrEqualTo(radiusKm)
				.isCloseTo(distance(centre, hit.node().path("location")), within(0.11));
		});
	}

	/** Great-circle distance in km. */
	static double distance(JsonNode from, JsonNode to) {
		double lat1 = Math.toRadians(from.path("lat").asDouble());
		double lat2 = Math.toRadians(to.path("lat").asDouble());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(to.path("lon").asDouble() - from.path("lon").asDouble());
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private JsonNode place(String postcode, String lang) {
		return data(graphQl.documentName("search/placeLocation")
			.variable("postcode", postcode)
			.variable("lang", lang)
			.execute(), "place");
	}

	private static Map<String, Object> near(String key, String value, double radiusKm) {
		return Map.of(key, value, "radiusKm", radiusKm);
	}

	private static List<String> ids(SearchHits.All all) {
		return all.hits().stream().map(hit -> hit.node().path("id").asText()).toList();
	}

}
