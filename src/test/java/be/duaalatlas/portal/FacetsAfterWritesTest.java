package be.duaalatlas.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet values a record counts for are written with it, so the counts follow a
 * partner's write at once: a new service counts for its region and sector, the changed
 * service for its new ones (a service for all of Flanders also in every Flemish province,
 * one without sectors in every sector), and a removed one for none; every count is the
 * total of its filter.
 */
class FacetsAfterWritesTest extends AtlasIntegrationTest {

	private static final String OWNER = "cevora";

	/** A word no other record has, so that the search finds the test's service only. */
	private static final String WORD = "facettenproefdienst";

	private static final String FACETS = """
			query($text: String, $filter: SearchFilter) {
			  search(text: $text, filter: $filter, first: 1) {
			    totalCount
			    facets { kinds { value count } sectors { value count } regions { value count } }
			  }
			}
			""";

	@Test
	void countsFollowAServiceCreatedChangedAndRemoved() {
		String token = token(OWNER, Right.STAKEHOLDER);
		Map<String, Object> input = SupportServiceMutationsTest.service("svc-facets-after-writes", OWNER,
				"Mentoropleiding " + WORD);
		input.put("regions", List.of("BRUSSELS"));
		input.put("sectors", List.of("bouw"));
		int version = data(
				as(graphQl, token).document(SupportServiceMutationsTest.CREATE).variable("input", input).execute(),
				"createSupportService.supportService.version")
			.asInt();

		JsonNode created = search(null);
		assertThat(created.path("totalCount").asInt()).isEqualTo(1);
		assertThat(counts(created.path("facets").path("kinds"))).isEqualTo(Map.of("SUPPORT_SERVICE", 1));
		assertThat(counts(created.path("facets").path("regions"))).isEqualTo(Map.of("BRUSSELS", 1));
		assertThat(counts(created.path("facets").path("sectors"))).isEqualTo(Map.of("bouw", 1));

		input.put("regions", List.of("FLANDERS"));
		input.put("sectors", List.of());
		version = data(as(graphQl, token).document(SupportServiceMutationsTest.CHANGE)
			.variable("input", input)
			.variable("version", version)
			.execute(), "changeSupportService.supportService.version").asInt();

		JsonNode changed = search(null).path("facets");
		assertThat(counts(changed.path("regions")))
			.containsOnlyKeys("FLANDERS", "ANTWERPEN", "LIMBURG", "OOST_VLAANDEREN", "VLAAMS_BRABANT",
					"WEST_VLAANDEREN")
			.allSatisfy((region, count) -> assertThat(count).isEqualTo(1));
		assertThat(counts(changed.path("sectors"))).as("a service without sectors serves every sector")
			.hasSizeGreaterThan(5)
			.allSatisfy((sector, count) -> assertThat(count).isEqualTo(1));
		assertThat(search(Map.of("regions", List.of("LIMBURG"))).path("totalCount").asInt())
			.as("the province's count is the total of its filter")
			.isEqualTo(1);
		assertThat(search(Map.of("regions", List.of("BRUSSELS"))).path("totalCount").asInt()).isZero();

		data(as(graphQl, token).document(SupportServiceMutationsTest.REMOVE)
			.variable("key", "svc-facets-after-writes")
			.variable("version", version)
			.execute(), "removeSupportService");
		JsonNode removed = search(null);
		assertThat(removed.path("totalCount").asInt()).isZero();
		assertThat(removed.path("facets").path("regions")).isEmpty();
		assertThat(removed.path("facets").path("kinds")).isEmpty();
	}

	private JsonNode search(Map<String, Object> filter) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", WORD);
		variables.put("filter", filter);
		return data(graphQl.document(FACETS).variables(variables).execute(), "search");
	}

	private static Map<String, Integer> counts(JsonNode facet) {
		Map<String, Integer> counts = new HashMap<>();
		facet.forEach(value -> counts.put(value.path("value").asText(), value.path("count").asInt()));
		return counts;
	}

}
