package be.duaalatlas.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relay paging: every page of a whole result, in every order, gives each record exactly
 * once and as many as totalCount says; page sizes and cursors are checked.
 */
class PaginationTest extends AtlasIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "LOOKING_FIRST", "NAME", "LAST_CONFIRMED" })
	void everyWorkplaceOfTheSampleOnceInPagesOfThirteen(String sort) {
		List<String> seen = new ArrayList<>();
		String after = null;
		Integer total = null;
		int pages = 0;
		while (true) {
			JsonNode page = data(graphQl.documentName("search/workplacesPage")
				.variable("sort", sort)
				.variable("first", 13)
				.variable("after", after)
				.execute(), "workplaces");
			pages++;
			total = total == null ? page.path("totalCount").asInt() : total;
			JsonNode edges = page.path("edges");
			JsonNode info = page.path("pageInfo");
			assertThat(info.path("hasPreviousPage").asBoolean()).isFalse();
			assertThat(info.path("startCursor").asText()).isEqualTo(edges.get(0).path("cursor").asText());
			assertThat(info.path("endCursor").asText()).isEqualTo(edges.get(edges.size() - 1).path("cursor").asText());
			edges.forEach(edge -> seen.add(edge.path("node").path("id").asText()));
			if (!info.path("hasNextPage").asBoolean()) {
				break;
			}
			assertThat(edges.size()).isEqualTo(13);
			after = info.path("endCursor").asText();
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(total);
		assertThat(pages).isEqualTo((total + 12) / 13);
		assertThat(total).as("the sample's workplaces").isEqualTo(records("workplaces"));
	}

	@Test
	void theWholeCatalogueOnceAcrossKinds() {
		SearchHits.All all = SearchHits.all(graphQl, null, null, null, null, 100);
		assertThat(all.hits()).hasSize(all.totalCount());
		assertThat(all.hits().stream().map(h -> h.node().path("id").asText())).doesNotHaveDuplicates();
	}

	@Test
	void aFreeTextResultOnceInRelevanceOrder() {
		SearchHits.All all = SearchHits.all(graphQl, "kapper", null, null, null, 4);
		assertThat(all.totalCount()).isGreaterThan(8);
		assertThat(all.hits()).hasSize(all.totalCount());
		assertThat(all.hits().stream().map(h -> h.node().path("id").asText())).doesNotHaveDuplicates();
		SearchHits.All byDate = SearchHits.all(graphQl, "kapper", null, null, "LAST_UPDATE", 4);
		assertThat(byDate.hits().stream().map(h -> h.node().path("id").asText())).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(all.hits().stream().map(h -> h.node().path("id").asText()).toList());
	}

	@Test
	void supportServicesAndTextsPageToo() {
		for (String query : List.of("supportServices", "keyMessages", "goodPractices")) {
			List<String> seen = new ArrayList<>();
			String after = null;
			int total;
			do {
				JsonNode page = data(graphQl.document("query($after: String) { " + query
						+ "(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }")
					.variable("after", after)
					.execute(), query);
				total = page.path("totalCount").asInt();
				page.path("edges").forEach(edge -> seen.add(edge.path("node").path("id").asText()));
				after = page.path("pageInfo").path("hasNextPage").asBoolean()
						? page.path("pageInfo").path("endCursor").asText() : null;
			}
			while (after != null);
			assertThat(seen).as(query).doesNotHaveDuplicates().hasSize(total).hasSizeGreaterThan(4);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "search", "programmes", "workplaces", "supportServices", "keyMessages", "goodPractices" })
	void moreThanAHundredPerPageIsABadRequestOnFirst(String query) {
		var response = graphQl.document("{ " + query + "(first: 101) { totalCount } }").execute();
		assertThat(error(response, "BAD_REQUEST", "first").getMessage()).contains("100");
		error(graphQl.document("{ " + query + "(first: 0) { totalCount } }").execute(), "BAD_REQUEST", "first");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-a-cursor", "WyJ4Il0", "W10", "bnVsbA" })
	void aForgedCursorIsABadRequestOnAfter(String cursor) {
		// garbage, ["x"] (decodes, but fits no sort), [] and null
		error(graphQl.document("query($after: String) { search(after: $after) { totalCount } }")
			.variable("after", cursor)
			.execute(), "BAD_REQUEST", "after");
		error(graphQl.document("query($after: String) { workplaces(after: $after) { totalCount } }")
			.variable("after", cursor)
			.execute(), "BAD_REQUEST", "after");
	}

	@Test
	void aCursorOfAnotherOrderIsABadRequestOnAfter() {
		String distanceCursor = data(graphQl.documentName("search/searchByNearSortedByDistance").execute(),
				"search.pageInfo.endCursor")
			.asText();
		error(graphQl.document("query($after: String) { search(sort: NAME, after: $after) { totalCount } }")
			.variable("after", distanceCursor)
			.execute(), "BAD_REQUEST", "after");
		String tampered = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("[\"not a number\",\"x\",\"y\",\"z\"]".getBytes(StandardCharsets.UTF_8));
		error(graphQl.documentName("search/searchByNearSortedByDistancePaged").variable("after", tampered).execute(),
				"BAD_REQUEST", "after");
	}

	private int records(String kind) {
		JsonNode kinds = data(graphQl.document("{ catalogueStatus { kinds { kind records } } }").execute(),
				"catalogueStatus.kinds");
		for (JsonNode status : kinds) {
			if (status.path("kind").asText().equals(kind)) {
				return status.path("records").asInt();
			}
		}
		throw new AssertionError("no kind " + kind + " in " + kinds);
	}

}
