package be.duaalatlas.search;

import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regional overview (Actions 13-14) counts what {@code search} finds with the same
 * filters, per programme and area, and a municipality is the whole municipality.
 */
class RegionalOverviewTest extends AtlasIntegrationTest {

	static final String PROGRAMME = "elektrische-installaties-duaal";

	static final String OVERVIEW = """
			query($by: OverviewArea!, $filter: SearchFilter) {
			  regionalOverview(by: $by, filter: $filter, first: 2000) {
			    programmeCode area areaName offerings recognisedWorkplaces workplacesLookingForLearner places } }
			""";

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
	void aBadRowCountIsABadRequest() {
		error(graphQl.document("{ regionalOverview(by: PROVINCE, first: 0) { area } }").execute(), "BAD_REQUEST",
				"first");
	}

	private List<JsonNode> rows(String by, Map<String, Object> filter) {
		JsonNode rows = data(graphQl.document(OVERVIEW).variable("by", by).variable("filter", filter).execute(),
				"regionalOverview");
		List<JsonNode> list = new java.util.ArrayList<>();
		rows.forEach(list::add);
		return list;
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
