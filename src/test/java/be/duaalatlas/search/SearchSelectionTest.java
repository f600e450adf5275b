package be.duaalatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search asks the engine only for what the query shows (the selected facets, highlights
 * when selected, the filter's kinds' indices when the kinds facet is not selected): what
 * it shows must not depend on it. The same hits, counts and cursors with or without the
 * facets and highlights; a cursor made by one selection continues under another; a typo
 * search pages on as the typo search it started as.
 */
class SearchSelectionTest extends AtlasIntegrationTest {

	private static final String WITH_EVERYTHING = "search/searchWithEverything";

	private static final String HITS_ONLY = "search/searchHitsOnly";

	private static final String SECTORS_ONLY = "search/searchHitsAndSectors";

	@Test
	void aKindsFilteredTextSearchShowsTheSameHitsCountsAndCursorsWithOrWithoutTheKindsFacet() {
		Map<String, Object> workplaces = Map.of("kinds", List.of("WORKPLACE"));
		JsonNode with = search(WITH_EVERYTHING, "kapper", workplaces, 3, null);
		JsonNode without = search(HITS_ONLY, "kapper", workplaces, 3, null);
		assertThat(with.path("totalCount").asInt()).isGreaterThan(3);
		assertThat(without.path("totalCount")).isEqualTo(with.path("totalCount"));
		assertThat(ids(without)).isEqualTo(ids(with));
		assertThat(cursors(without)).isEqualTo(cursors(with));
		// the next page, asked without the facets with the cursor of the page that had
		// them, is the next page
		JsonNode nextWith = search(WITH_EVERYTHING, "kapper", workplaces, 3,
				with.path("pageInfo").path("endCursor").asText());
		JsonNode nextWithout = search(HITS_ONLY, "kapper", workplaces, 3,
				with.path("pageInfo").path("endCursor").asText());
		assertThat(ids(nextWithout)).isEqualTo(ids(nextWith)).isNotEmpty().doesNotContainAnyElementsOf(ids(with));
	}

	@Test
	void aSelectedFacetCountsAsWhenEveryFacetIsSelected() {
		JsonNode every = search(WITH_EVERYTHING, "bouw", null, 5, null);
		JsonNode sectors = search(SECTORS_ONLY, "bouw", null, 5, null);
		assertThat(sectors.path("facets").path("sectors")).isEqualTo(every.path("facets").path("sectors")).isNotEmpty();
		assertThat(ids(sectors)).isEqualTo(ids(every));
	}

	@Test
	void anEmptyKindsListSearchesEveryKindAsNoFilterDoes() {
		JsonNode none = search(HITS_ONLY, "elektricien", null, 20, null);
		JsonNode empty = search(HITS_ONLY, "elektricien", Map.of("kinds", List.of()), 20, null);
		assertThat(empty.path("totalCount")).isEqualTo(none.path("totalCount"));
		assertThat(none.path("totalCount").asInt()).isPositive();
		assertThat(ids(empty)).isEqualTo(ids(none));
	}

	@Test
	void aTypoSearchPagesOnAsTheTypoSearchItStartedAs() {
		// "kaper" (a typo of kapper) matches too little as typed: the typo match finds
		// the hairdressing records
		JsonNode four = search(HITS_ONLY, "kaper", null, 4, null);
		assertThat(four.path("totalCount").asInt()).isGreaterThan(4);
		JsonNode first = search(HITS_ONLY, "kaper", null, 2, null);
		JsonNode second = search(HITS_ONLY, "kaper", null, 2, first.path("pageInfo").path("endCursor").asText());
		List<String> paged = new ArrayList<>(ids(first));
		paged.addAll(ids(second));
		assertThat(paged).isEqualTo(ids(four));
		assertThat(second.path("totalCount")).isEqualTo(four.path("totalCount"));
	}

	private JsonNode search(String documentName, String text, Map<String, Object> filter, int first, String after) {
		return data(graphQl.documentName(documentName)
			.variable("text", text)
			.variable("filter", filter)
			.variable("first", first)
			.variable("after", after)
			.execute(), "search");
	}

	private static List<String> ids(JsonNode search) {
		return search.path("edges").findValuesAsText("id");
	}

	private static List<String> cursors(JsonNode search) {
		return search.path("edges").findValuesAsText("cursor");
	}

}
