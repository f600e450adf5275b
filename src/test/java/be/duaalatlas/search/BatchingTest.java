package be.duaalatlas.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.EngineRequestCounter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Linked records are loaded per page, not per record: a page of 100 workplaces with the
 * programme and partnership of every recognition costs a bounded number of engine
 * requests (one search, one multi-get per linked kind), the same as a page of 10.
 */
class BatchingTest extends AtlasIntegrationTest {

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void aHundredWorkplacesWithTheirRecognitionsCostAFewEngineRequests() {
		// warm-up of both page sizes: first pages without free text are cached per
		// catalogue generation, so both are
		// measured the same way (a cached search, then the batched multi-gets)
		graphQl.documentName("search/workplacesWithRecognitions").variable("first", 100).execute().errors().verify();
		graphQl.documentName("search/workplacesWithRecognitions").variable("first", 10).execute().errors().verify();
		long before = engineRequests.total();
		JsonNode workplaces = data(
				graphQl.documentName("search/workplacesWithRecognitions").variable("first", 100).execute(),
				"workplaces");
		long requests = engineRequests.total() - before;

		List<JsonNode> nodes = nodes(workplaces);
		int recognitions = 0;
		Set<String> programmes = new HashSet<>();
		Set<String> partnerships = new HashSet<>();
		for (JsonNode workplace : nodes) {
			for (JsonNode recognition : workplace.path("recognitions")) {
				recognitions++;
				assertThat(recognition.path("programme").path("name").path("value").asText()).isNotBlank();
				assertThat(recognition.path("partnership").path("name").path("value").asText()).isNotBlank();
				programmes.add(recognition.path("programme").path("code").asText());
				partnerships.add(recognition.path("partnership").path("key").asText());
			}
		}
		System.out.printf("Batching: 100 workplaces, %d recognitions, %d distinct programmes, %d distinct partnerships:"
				+ " %d engine requests%n", recognitions, programmes.size(), partnerships.size(), requests);
		assertThat(nodes).hasSize(100);
		assertThat(recognitions).as("more links than requests could hide").isGreaterThan(100);
		assertThat(requests).as("engine requests for the page").isBetween(1L, 5L);

		long beforeSmall = engineRequests.total();
		graphQl.documentName("search/workplacesWithRecognitions").variable("first", 10).execute().errors().verify();
		long small = engineRequests.total() - beforeSmall;
		System.out.printf("Batching: 10 workplaces: %d engine requests%n", small);
		assertThat(small).as("a page of 10 costs as many requests as a page of 100").isEqualTo(requests);
	}

	@Test
	void theStakeholdersOfTheRoleMapGetTheirServicesInOneSearch() {
		String query = "{ roleMap { stakeholder { key services { id } } } }";
		graphQl.document(query).execute().errors().verify(); // warm-up
		long before = engineRequests.total();
		JsonNode roleMap = data(graphQl.document(query).execute(), "roleMap");
		long requests = engineRequests.total() - before;
		System.out.printf("Batching: role map, %d assignments with their stakeholders' services: %d engine requests%n",
				roleMap.size(), requests);
		assertThat(roleMap.findValues("services").stream().mapToInt(JsonNode::size).sum()).isPositive();
		assertThat(requests).isLessThanOrEqualTo(3L);
	}

}
