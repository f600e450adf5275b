package be.duaalatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.EngineRequestCounter;
import be.duaalatlas.workplace.WorkplacesTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website's typical queries, each run 50 times after a warm-up through HTTP on the
 * suite's context and engine: prints p50/p95/max latency and engine requests per query
 * (so the numbers can be quoted), and asserts only that every answer is right. Speed is
 * never asserted: it depends on the machine.
 */
class TypicalQueriesBenchmarkTest extends AtlasIntegrationTest {

	private static final int WARM_UP = 10;

	private static final int RUNS = 50;

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void programmeSearchByPupilWords() {
		measure("programme search by pupil words", """
				{ programmes(text: "leerwerkplekken elektricien", first: 10) {
				    totalCount edges { node { code name { value } aliases } highlights { field fragments } } } }
				""", "programmes", programmes -> {
			assertThat(nodes(programmes)).isNotEmpty();
			assertThat(nodes(programmes).get(0).path("code").asText()).isEqualTo(SearchTest.ELECTRICAL_INSTALLATIONS);
		});
	}

	@Test
	void searchWithFacets() {
		measure("search with facets", """
				{ search(text: "kapper", first: 20) {
				    totalCount
				    edges { kind node { ... on Node { id } } highlights { field fragments } }
				    facets { kinds { value count } sectors { value count } regions { value count }
				      studyDomains { value count } audiences { value count } lookingForLearner { value count } }
				} }
				""", "search", search -> {
			int sum = 0;
			for (JsonNode kind : search.path("facets").path("kinds")) {
				sum += kind.path("count").asInt();
			}
			assertThat(sum).isEqualTo(search.path("totalCount").asInt()).isPositive();
			assertThat(search.path("edges")).isNotEmpty();
		});
	}

	@Test
	void workplacesNearAPostcodeForAProgramme() {
		measure("workplaces near a postcode for a programme",
				"""
						{ workplaces(filter: { programme: "elektrische-installaties-duaal" }, near: { postcode: "2000", radiusKm: 30 }, first: 20) {
						    totalCount
						    edges { node { establishmentNumber name { value } lookingForLearner distanceKm
						      recognitions { status programme { code } partnership { name { value } } } } }
						} }
						""",
				"workplaces", workplaces -> {
					List<JsonNode> nodes = nodes(workplaces);
					assertThat(nodes).isNotEmpty();
					WorkplacesTest.assertLookingFirstThenNearest(nodes, 30.0);
					assertThat(nodes).allSatisfy(n -> assertThat(n.path("recognitions")).anySatisfy(r -> {
						assertThat(r.path("status").asText()).isEqualTo("ACTIVE");
						assertThat(r.path("programme").path("code").asText())
							.isEqualTo(SearchTest.ELECTRICAL_INSTALLATIONS);
					}));
				});
	}

	@Test
	void supportServicesWhoHelpsMe() {
		measure("supportServices (who helps me)", """
				{ supportServices(audience: PUPIL, step: FIND_WORKPLACE, near: { postcode: "9000" }, first: 20) {
				    totalCount edges { node { title { value } audiences steps regions channels { kind value }
				      stakeholder { name { value } contact { website } } } }
				} }
				""", "supportServices", services -> {
			assertThat(nodes(services)).isNotEmpty().allSatisfy(s -> {
				assertThat(texts(s.path("audiences"))).contains("PUPIL");
				assertThat(texts(s.path("steps"))).contains("FIND_WORKPLACE");
				assertThat(texts(s.path("regions"))).containsAnyOf("OOST_VLAANDEREN", "FLANDERS");
			});
		});
	}

	private void measure(String name, String query, String path, Consumer<JsonNode> check) {
		for (int i = 0; i < WARM_UP; i++) {
			check.accept(data(graphQl.document(query).execute(), path));
		}
		List<Long> micros = new ArrayList<>();
		long requestsBefore = engineRequests.total();
		JsonNode last = null;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			var response = graphQl.document(query).execute();
			micros.add((System.nanoTime() - start) / 1000);
			last = data(response, path);
		}
		double requestsPerQuery = (engineRequests.total() - requestsBefore) / (double) RUNS;
		check.accept(last);
		List<Long> sorted = micros.stream().sorted().toList();
		System.out.printf(
				"Typical query | %-45s | p50 %6.1f ms | p95 %6.1f ms | max %6.1f ms | %.2f engine requests/query"
						+ " | %d runs after %d warm-up%n",
				name, percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0,
				sorted.get(sorted.size() - 1) / 1000.0, requestsPerQuery, RUNS, WARM_UP);
		assertThat(requestsPerQuery).as("engine requests of " + name).isPositive();
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
