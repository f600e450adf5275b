package be.duaalatlas.search;

import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.error;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regional overview (Actions 13-14) counts what {@code search} finds with the same
 * filters and {@code near}, per programme and area (province, RTC area, municipality):
 * offerings, recognised workplaces, those looking for a learner and their places; a
 * municipality is the whole municipality, and a workplace its company took out of the
 * public listing is not counted.
 */
class RegionalOverviewTest extends AtlasIntegrationTest {

	static final String PROGRAMME = "elektrische-installaties-duaal";

	@Test
	void perProgrammeAndProvinceItCountsWhatSearchFinds() {
		List<JsonNode> rows = rows("PROVINCE", Map.of("programme", PROGRAMME));
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.path("programmeCode").asText()).isEqualTo(PROGRAMME));
		assertThat(sum(rows, "offerings")).isPositive()
			.isEqualTo(total(Map.of("kinds", List.of("OFFERING"), "programme", PROGRAMME)));
		assertThat(sum(rows, "recognisedWorkplaces")).isPositive()
			.isEqualTo(total(Map.of("kinds", List.of("WORKPLACE"), "programme", PROGRAMME)));
		assertThat(sum(rows, "workplacesLookingForLearner")).isPositive()
			.isEqualTo(total(Map.of("kinds", List.of("WORKPLACE"), "programme", PROGRAMME, "lookingForLearner", true)));
		assertThat(sum(rows, "places")).isGreaterThanOrEqualTo(sum(rows, "workplacesLookingForLearner"));
		// one province, the same counts as search with that province
		JsonNode limburg = rows.stream()
			.filter(r -> r.path("area").asText().equals("LIMBURG"))
			.findFirst()
			.orElseThrow();
		assertThat(limburg.path("offerings").asLong()).isEqualTo(
				total(Map.of("kinds", List.of("OFFERING"), "programme", PROGRAMME, "regions", List.of("LIMBURG"))));
	}

	@Test
	void aMunicipalityRowCoversAllItsPostcodes() {
		List<JsonNode> rows = rows("MUNICIPALITY", Map.of("municipality", "Gent"));
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			assertThat(row.path("area").asText()).isEqualTo("44021");
			assertThat(row.path("areaName").asText()).isEqualTo("Gent");
		});
		assertThat(sum(rows, "offerings"))
			.isEqualTo(total(Map.of("kinds", List.of("OFFERING"), "municipality", "Gent")));
		assertThat(rows("RTC_AREA", Map.of())).extracting(r -> r.path("area").asText()).doesNotContainNull();
	}

	@Test
	void perRtcAreaAndMunicipalityAllFourNumbersAreWhatSearchFinds() {
		JsonNode rtc = rows("RTC_AREA", Map.of("programme", PROGRAMME)).stream()
			.filter(r -> r.path("workplacesLookingForLearner").asLong() > 0)
			.findFirst()
			.orElseThrow();
		assertSameAsSearch(rtc, Map.of("programme", PROGRAMME, "rtcArea", rtc.path("area").asText()));

		// the busiest programmes of Gent, row by row (a row counts the workplaces with an
		// active recognition for its programme, so rows are compared programme
		// by programme)
		List<JsonNode> gent = rows("MUNICIPALITY", Map.of("municipality", "Gent"));
		assertThat(sum(gent, "recognisedWorkplaces")).isPositive();
		gent.sort(java.util.Comparator.comparingLong((JsonNode r) -> -r.path("recognisedWorkplaces").asLong()));
		for (JsonNode row : gent.subList(0, Math.min(3, gent.size()))) {
			assertSameAsSearch(row, Map.of("programme", row.path("programmeCode").asText(), "municipality", "Gent"));
		}
	}

	@Test
	void nearAPlaceItCountsWhatSearchFindsNearIt() {
		Map<String, Object> near = Map.of("postcode", "3500", "radiusKm", 15);
		Map<String, Object> filter = Map.of("programme", "kapper-stylist-duaal");
		JsonNode rows = data(graphQl.documentName("search/regionalOverviewNear")
			.variable("near", near)
			.variable("filter", filter)
			.execute(), "regionalOverview");
		List<JsonNode> list = new java.util.ArrayList<>();
		rows.forEach(list::add);
		assertThat(sum(list, "offerings")).isPositive().isEqualTo(totalNear(kinds("OFFERING", filter), near));
		assertThat(sum(list, "recognisedWorkplaces")).isEqualTo(totalNear(kinds("WORKPLACE", filter), near));
	}

	@Test
	void aWorkplaceItsCompanyTookOutOfTheListingIsNotCounted() {
		// a company's workplace recognised for the programme, looking for a learner, that
		// this test owns
		List<JsonNode> looking = nodes(data(graphQl.documentName("search/workplacesByProgrammeAndLookingForLearner")
			.variable("code", PROGRAMME)
			.execute(), "workplaces"));
		List<String> numbers = looking.stream().map(w -> w.path("establishmentNumber").asText()).toList();
		String own = SampleRecords.workplace(graphQl, w -> !w.soleTrader() && numbers.contains(w.establishmentNumber()))
			.establishmentNumber();
		JsonNode workplace = looking.stream()
			.filter(w -> w.path("establishmentNumber").asText().equals(own))
			.findFirst()
			.orElseThrow();
		String province = workplace.path("province").asText();
		JsonNode before = provinceRow(province);
		String owner = token(workplace.path("enterpriseNumber").asText(), Right.WORKPLACES);
		int version = workplace.path("version").asInt();
		setListing(owner, workplace.path("establishmentNumber").asText(), version, false);
		try {
			JsonNode unlisted = provinceRow(province);
			assertThat(unlisted.path("recognisedWorkplaces").asLong())
				.isEqualTo(before.path("recognisedWorkplaces").asLong() - 1);
			assertThat(unlisted.path("workplacesLookingForLearner").asLong())
				.isEqualTo(before.path("workplacesLookingForLearner").asLong() - 1);
			assertThat(unlisted.path("places").asLong())
				.isEqualTo(before.path("places").asLong() - workplace.path("places").asLong());
			assertThat(unlisted.path("offerings").asLong()).isEqualTo(before.path("offerings").asLong());
		}
		finally {
			setListing(owner, workplace.path("establishmentNumber").asText(), version + 1, true);
		}
		assertThat(provinceRow(province)).isEqualTo(before);
	}

	@Test
	void aBadRowCountIsABadRequest() {
		error(graphQl.document("{ regionalOverview(by: PROVINCE, first: 0) { area } }").execute(), "BAD_REQUEST",
				"first");
	}

	@Test
	void eachAreaSaysWhereItIsAMunicipalityByItsCentre() {
		List<JsonNode> rows = rows("MUNICIPALITY", Map.of("programme", PROGRAMME));
		assertThat(rows).isNotEmpty();
		for (JsonNode row : rows.subList(0, Math.min(3, rows.size()))) {
			JsonNode municipality = data(
					graphQl.document("query($nis: String) { municipality(nisCode: $nis) { centre { lat lon } } }")
						.variable("nis", row.path("area").asText())
						.execute(),
					"municipality");
			assertThat(row.path("centre")).as("centre of %s", row).isEqualTo(municipality.path("centre"));
		}
		// a province's is the mean of its municipalities' centres: inside Flanders
		assertThat(rows("PROVINCE", Map.of("programme", PROGRAMME))).allSatisfy(row -> {
			assertThat(row.path("centre").path("lat").asDouble()).isBetween(50.6, 51.6);
			assertThat(row.path("centre").path("lon").asDouble()).isBetween(2.5, 6.0);
		});
	}

	private List<JsonNode> rows(String by, Map<String, Object> filter) {
		JsonNode rows = data(
				graphQl.documentName("search/regionalOverview").variable("by", by).variable("filter", filter).execute(),
				"regionalOverview");
		List<JsonNode> list = new java.util.ArrayList<>();
		rows.forEach(list::add);
		return list;
	}

	/** One row's four numbers are what search finds with the row's filter. */
	private void assertSameAsSearch(JsonNode row, Map<String, Object> filter) {
		assertThat(row.path("offerings").asLong()).as("offerings of %s", row)
			.isEqualTo(total(kinds("OFFERING", filter)));
		assertThat(row.path("recognisedWorkplaces").asLong()).as("recognised workplaces of %s", row)
			.isEqualTo(total(kinds("WORKPLACE", filter)));
		Map<String, Object> looking = new java.util.HashMap<>(kinds("WORKPLACE", filter));
		looking.put("lookingForLearner", true);
		assertThat(row.path("workplacesLookingForLearner").asLong()).as("looking for a learner in %s", row)
			.isEqualTo(total(looking));
		looking.remove("kinds");
		JsonNode found = data(graphQl
			.document("query($filter: SearchFilter) { workplaces(filter: $filter, first: 100) { totalCount "
					+ "edges { node { places } } } }")
			.variable("filter", looking)
			.execute(), "workplaces");
		assertThat(found.path("totalCount").asInt()).isLessThanOrEqualTo(100);
		assertThat(row.path("places").asLong()).as("places in %s", row)
			.isEqualTo(nodes(found).stream().mapToLong(n -> n.path("places").asLong()).sum());
	}

	private static Map<String, Object> kinds(String kind, Map<String, Object> filter) {
		Map<String, Object> withKind = new java.util.HashMap<>(filter);
		withKind.put("kinds", List.of(kind));
		return withKind;
	}

	private JsonNode provinceRow(String province) {
		return rows("PROVINCE", Map.of("programme", PROGRAMME)).stream()
			.filter(r -> r.path("area").asText().equals(province))
			.findFirst()
			.orElseThrow();
	}

	private void setListing(String token, String establishmentNumber, int version, boolean listed) {
		graphQl.mutate()
			.header("Authorization", "Bearer " + token)
			.build()
			.documentName("search/setWorkplaceListing")
			.variable("input", Map.of("establishmentNumber", establishmentNumber, "version", version, "listed", listed))
			.execute()
			.path("setWorkplaceListing.workplace.listed")
			.entity(Boolean.class)
			.isEqualTo(listed);
	}

	private long totalNear(Map<String, Object> filter, Map<String, Object> near) {
		return data(graphQl
			.document("query($filter: SearchFilter, $near: Near) { search(filter: $filter, near: $near, first: 1) { "
					+ "totalCount } }")
			.variable("filter", filter)
			.variable("near", near)
			.execute(), "search.totalCount").asLong();
	}

	private static long sum(List<JsonNode> rows, String field) {
		return rows.stream().mapToLong(r -> r.path(field).asLong()).sum();
	}

	private long total(Map<String, Object> filter) {
		return data(
				graphQl.document("query($filter: SearchFilter) { search(filter: $filter, first: 1) { totalCount } }")
					.variable("filter", filter)
					.execute(),
				"search.totalCount")
			.asLong();
	}

}
