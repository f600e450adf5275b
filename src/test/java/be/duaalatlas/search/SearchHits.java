package be.duaalatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages through every hit of a {@code search} and returns them with the fields that
 * filters are about, so that a test can check each hit against the filter it asked for.
 */
final class SearchHits {

	private SearchHits() {
	}

	/** One hit: its kind, distance and record. */
	record Hit(String kind, Double distanceKm, JsonNode node) {

		/**
		 * The programmes a hit is about: itself, an offering's, or a workplace's actively
		 * recognised ones.
		 */
		List<JsonNode> programmes() {
			List<JsonNode> programmes = new ArrayList<>();
			switch (kind) {
				case "PROGRAMME" -> programmes.add(node);
				case "OFFERING" -> programmes.add(node.path("programme"));
				case "WORKPLACE" -> node.path("recognitions").forEach(r -> {
					if (r.path("status").asText().equals("ACTIVE")) {
						programmes.add(r.path("programme"));
					}
				});
				default -> {
				}
			}
			return programmes;
		}

		List<String> list(String field) {
			return texts(node.path(field));
		}

		String text(String field) {
			return node.path(field).asText(null);
		}

		boolean located() {
			return kind.equals("OFFERING") || kind.equals("WORKPLACE");
		}

		@Override
		public String toString() {
			return kind + " " + node;
		}

	}

	/**
	 * Every hit, page after page, and the total the first page announced; asserts the
	 * pages agree with it.
	 */
	record All(int totalCount, List<Hit> hits) {
	}

	static All all(GraphQlTester graphQl, String text, Map<String, Object> filter) {
		return all(graphQl, text, filter, null, null, 100);
	}

	static All all(GraphQlTester graphQl, String text, Map<String, Object> filter, Map<String, Object> near,
			String sort, int first) {
		List<Hit> hits = new ArrayList<>();
		String after = null;
		Integer total = null;
		for (int page = 0; page < 200; page++) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("text", text);
			variables.put("filter", filter);
			variables.put("near", near);
			variables.put("sort", sort);
			variables.put("first", first);
			variables.put("after", after);
			JsonNode search = data(graphQl.documentName("search/searchHits").variables(variables).execute(), "search");
			int pageTotal = search.path("totalCount").asInt();
			if (total == null) {
				total = pageTotal;
			}
			assertThat(pageTotal).as("totalCount on every page").isEqualTo(total);
			search.path("edges")
				.forEach(edge -> hits.add(new Hit(edge.path("kind").asText(),
						edge.path("distanceKm").isNull() ? null : edge.path("distanceKm").asDouble(),
						edge.path("node"))));
			assertThat(search.path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();
			if (!search.path("pageInfo").path("hasNextPage").asBoolean()) {
				return new All(total, hits);
			}
			assertThat(search.path("edges").size()).as("a page before the last is full").isEqualTo(first);
			after = search.path("pageInfo").path("endCursor").asText();
		}
		throw new AssertionError("more than 200 pages");
	}

	static int total(GraphQlTester graphQl, String text, Map<String, Object> filter) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", text);
		variables.put("filter", filter);
		variables.put("first", 1);
		return data(graphQl.documentName("search/searchTotal").variables(variables).execute(), "search.totalCount")
			.asInt();
	}

}
