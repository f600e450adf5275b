package be.duaalatlas.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts of the sample catalogue are the ones the per-value filter aggregations
 * gave before the facet values were written into the documents
 * ({@code facets/sample-facet-counts.json}, recorded on main at 574838e). Indices of
 * their own (prefix {@code facets-}) hold the sample only, so that no other test's writes
 * move a count.
 */
@TestPropertySource(properties = "atlas.index.prefix=facets-")
class FacetParityTest extends AtlasIntegrationTest {

	private static final String EXPECTED = "/facets/sample-facet-counts.json";

	private static final String FACETS = """
			query($text: String, $near: Near, $filter: SearchFilter) {
			  search(text: $text, near: $near, filter: $filter, first: 1) {
			    totalCount
			    facets {
			      kinds { value count } sectors { value count } regions { value count }
			      studyDomains { value count } grades { value count } finalities { value count }
			      audiences { value count } steps { value count } languages { value count }
			      lookingForLearner { value count }
			    }
			  }
			}
			""";

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theSampleCountsAreThoseOfTheFilterAggregations() throws IOException {
		Map<String, Map<String, Object>> questions = new LinkedHashMap<>();
		questions.put("everything", Map.of());
		questions.put("text kapper", Map.of("text", "kapper"));
		questions.put("text bouw", Map.of("text", "bouw"));
		questions.put("garage near 9000", Map.of("text", "garage", "near", Map.of("postcode", "9000", "radiusKm", 30)));
		questions.put("near 2000", Map.of("near", Map.of("postcode", "2000", "radiusKm", 25)));
		questions.put("workplaces and offerings", Map.of("filter", Map.of("kinds", List.of("WORKPLACE", "OFFERING"))));
		questions.put("Antwerpen", Map.of("filter", Map.of("regions", List.of("ANTWERPEN"))));
		questions.put("Brussels", Map.of("filter", Map.of("regions", List.of("BRUSSELS"))));
		questions.put("texts and services",
				Map.of("filter", Map.of("kinds", List.of("KEY_MESSAGE", "GOOD_PRACTICE", "SUPPORT_SERVICE"))));
		ObjectNode actual = json.createObjectNode();
		questions.forEach((name, variables) -> actual.set(name, search(variables)));

		try (InputStream expected = getClass().getResourceAsStream(EXPECTED)) {
			if (expected == null) {
				Path written = Path.of("target", "sample-facet-counts.json");
				Files.writeString(written, json.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
				throw new AssertionError(EXPECTED + " is missing; these counts were written to " + written);
			}
			JsonNode recorded = json.readTree(expected);
			assertThat(actual.size()).isEqualTo(recorded.size());
			recorded.fieldNames()
				.forEachRemaining(name -> assertThat(actual.get(name)).as(name).isEqualTo(recorded.get(name)));
		}
	}

	private JsonNode search(Map<String, Object> variables) {
		return data(graphQl.document(FACETS).variables(new HashMap<>(variables)).execute(), "search");
	}

}
