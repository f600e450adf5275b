package be.duaalatlas.search;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facets are typed counts of the current query, and each count is exactly the total of
 * the same query with that value as filter: what a visitor sees next to a checkbox is
 * what ticking it gives.
 */
class FacetsTest extends AtlasIntegrationTest {

	/** Facet name → the filter field it counts. */
	private static final Map<String, String> FILTER_OF = Map.of("kinds", "kinds", "sectors", "sectors", "regions",
			"regions", "studyDomains", "studyDomain", "grades", "grade", "finalities", "finality", "audiences",
			"audience", "steps", "step", "languages", "language", "lookingForLearner", "lookingForLearner");

	private static final Set<String> LIST_FILTERS = Set.of("kinds", "sectors", "regions");

	@Test
	void everyCountOfTheWholeCatalogueIsTheTotalOfItsFilter() {
		assertEveryCountIsTheTotalOfItsFilter(null, Map.of());
	}

	@Test
	void everyCountOfAFreeTextSearchIsTheTotalOfItsFilter() {
		assertEveryCountIsTheTotalOfItsFilter("kapper", Map.of());
	}

	@Test
	void everyCountOfAFilteredSearchIsTheTotalOfBothFilters() {
		assertEveryCountIsTheTotalOfItsFilter(null, Map.of("kinds", List.of("WORKPLACE", "OFFERING")));
		assertEveryCountIsTheTotalOfItsFilter(null, Map.of("regions", List.of("BRUSSELS")));
	}

	@Test
	void theWorkplaceKindCountIsTheTotalOfAWorkplaceSearchForTheSameText() {
		JsonNode search = search("bouw", Map.of());
		int workplaces = SearchHits.total(graphQl, "bouw", Map.of("kinds", List.of("WORKPLACE")));
		assertThat(count(search.path("facets").path("kinds"), "WORKPLACE")).isEqualTo(workplaces).isPositive();
	}

	@Test
	void theKindsFacetIgnoresTheKindsFilterSoItShowsEveryKind() {
		JsonNode all = search(null, Map.of());
		JsonNode onlyWorkplaces = search(null, Map.of("kinds", List.of("WORKPLACE")));
		assertThat(onlyWorkplaces.path("facets").path("kinds")).isEqualTo(all.path("facets").path("kinds"));
		int sum = 0;
		for (JsonNode kind : all.path("facets").path("kinds")) {
			sum += kind.path("count").asInt();
		}
		assertThat(sum).as("every hit has one kind").isEqualTo(all.path("totalCount").asInt());
		List<String> kinds = data(graphQl.document("{ __type(name: \"Kind\") { enumValues { name } } }").execute(),
				"__type.enumValues")
			.findValuesAsText("name");
		assertThat(all.path("facets").path("kinds").findValuesAsText("value")).as("every kind, in the schema's order")
			.isEqualTo(kinds);
		assertThat(search("kapper", Map.of()).path("facets").path("kinds").findValuesAsText("value"))
			.as("the kinds with hits, in the schema's order")
			.isSubsetOf(kinds)
			.isSortedAccordingTo(java.util.Comparator.comparing(kinds::indexOf));
	}

	@Test
	void facetsAreCountsOfTheCurrentQueryMostFirst() {
		JsonNode all = search(null, Map.of()).path("facets");
		JsonNode text = search("kapper", Map.of()).path("facets");
		for (Iterator<String> names = text.fieldNames(); names.hasNext();) {
			String facet = names.next();
			List<Integer> counts = text.path(facet).findValues("count").stream().map(JsonNode::asInt).toList();
			assertThat(counts).as(facet).allSatisfy(c -> assertThat(c).isPositive());
			if (!facet.equals("kinds")) {
				assertThat(counts).as(facet).isSortedAccordingTo((a, b) -> b - a);
			}
			for (JsonNode value : text.path(facet)) {
				assertThat(value.path("count").asInt()).as(facet + " " + value.path("value").asText())
					.isLessThanOrEqualTo(count(all.path(facet), value.path("value").asText()));
			}
		}
	}

	private void assertEveryCountIsTheTotalOfItsFilter(String text, Map<String, Object> base) {
		JsonNode facets = search(text, base).path("facets");
		int checked = 0;
		for (Iterator<String> names = facets.fieldNames(); names.hasNext();) {
			String facet = names.next();
			if (base.containsKey(FILTER_OF.get(facet))) {
				continue; // the same filter twice is not one query (and the kinds facet
							// ignores the kinds filter)
			}
			for (JsonNode value : facets.path(facet)) {
				Map<String, Object> filter = new HashMap<>(base);
				String filterField = FILTER_OF.get(facet);
				Object filterValue = facet.equals("lookingForLearner") ? (Object) value.path("value").asBoolean()
						: value.path("value").asText();
				filter.put(filterField, LIST_FILTERS.contains(facet) ? List.of(filterValue) : filterValue);
				assertThat(SearchHits.total(graphQl, text, filter))
					.as("%s facet %s=%s for text %s and %s", facet, filterField, filterValue, text, base)
					.isEqualTo(value.path("count").asInt());
				checked++;
			}
		}
		assertThat(checked).as("facet values checked").isGreaterThan(5);
	}

	private JsonNode search(String text, Map<String, Object> filter) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", text);
		variables.put("filter", filter);
		return data(graphQl.documentName("search/searchFacets").variables(variables).execute(), "search");
	}

	private static int count(JsonNode counts, String value) {
		for (JsonNode count : counts) {
			if (count.path("value").asText().equals(value)) {
				return count.path("count").asInt();
			}
		}
		return 0;
	}

}
