package be.duaalatlas.programme;

import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.EngineRequestCounter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programmes of a page of qualifications are loaded together: the engine requests do
 * not grow with the number of qualifications, and each qualification's programmes come in
 * the language of the programme it was reached from.
 */
class QualificationProgrammesTest extends AtlasIntegrationTest {

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void thePageOfQualificationsCostsAFewEngineRequestsNotOnePerQualification() {
		// warm-up of what is read once per catalogue generation (the page of programmes,
		// the programme classification in memory) without asking any qualification's
		// programmes: a search for them would be kept as a cached first page and hide
		// the engine request each one costs
		List<JsonNode> page = nodes(
				data(graphQl.documentName("programme/programmesQualifications").execute(), "programmes"));
		String oneQualification = page.stream()
			.flatMap(p -> each(p.path("qualifications"), q -> q.path("id").asText()).stream())
			.findFirst()
			.orElseThrow();
		graphQl.document("query($id: ID!) { qualification(id: $id) { id } }")
			.variable("id", oneQualification)
			.execute()
			.errors()
			.verify();

		long before = engineRequests.total();
		List<JsonNode> programmes = nodes(
				data(graphQl.documentName("programme/programmesQualificationsProgrammes").execute(), "programmes"));
		long requests = engineRequests.total() - before;

		long qualifications = programmes.stream().mapToLong(p -> p.path("qualifications").size()).sum();
		System.out.printf("Qualification.programmes: %d programmes, %d qualifications: %d engine requests%n",
				programmes.size(), qualifications, requests);
		assertThat(qualifications).as("more qualifications than requests could hide").isGreaterThan(10);
		assertThat(requests).as("engine requests for the page").isBetween(1L, 3L);
		for (JsonNode programme : programmes) {
			for (JsonNode qualification : programme.path("qualifications")) {
				assertThat(qualification.path("programmes")).as("the programmes leading to " + qualification)
					.anySatisfy(p -> assertThat(p.path("code").asText()).isEqualTo(programme.path("code").asText()));
				qualification.path("programmes")
					.forEach(p -> assertThat(p.path("name").path("language").asText()).isEqualTo("FR"));
			}
		}
	}

}
