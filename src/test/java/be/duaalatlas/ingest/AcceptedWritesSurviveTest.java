package be.duaalatlas.ingest;

import java.util.HashMap;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.DuaalAtlasApplication;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.SampleRecords.SampleWorkplace;
import be.duaalatlas.TestEngine;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: a write accepted through the API survives a full re-import of its kind
 * from the source files (which alone would bring back the file's values) and is what a
 * restarted or second service instance on the same engine serves; that instance can go on
 * writing from the version it reads.
 */
class AcceptedWritesSurviveTest extends AtlasIntegrationTest {

	@Autowired
	SampleCatalogue sample;

	@Autowired
	be.duaalatlas.index.CatalogueIndices indices;

	@Test
	void aWriteSurvivesAFullReimportOfItsKindAndARestartOnTheSameEngine() {
		SampleWorkplace own = SampleRecords.company(graphQl);
		String establishment = own.establishmentNumber();
		String owner = own.owner();
		JsonNode before = read(graphQl, establishment);
		int version = before.path("version").asInt();
		int places = before.path("places").asInt(0) == 77 ? 78 : 77;
		write(graphQl, owner, establishment, version, places, "2027-03-01");
		String liveBefore = indices.live("workplaces").orElseThrow().index();

		ImportReport reimport = sample.rebuild("workplaces");

		assertThat(reimport.status()).isEqualTo("SUCCEEDED");
		assertThat(reimport.liveIndex()).isNotEqualTo(liveBefore);
		JsonNode afterReimport = read(graphQl, establishment);
		assertThat(afterReimport.path("places").asInt()).isEqualTo(places);
		assertThat(afterReimport.path("availableFrom").asText()).isEqualTo("2027-03-01");
		assertThat(afterReimport.path("version").asInt()).isEqualTo(version + 1);

		// a restart, or a second instance: a new service on the same engine,
		// loading nothing
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DuaalAtlasApplication.class)
			.profiles("dev")
			.run("--server.port=0", "--atlas.index.prefix=test-", "--spring.elasticsearch.uris=" + TestEngine.url(),
					"--atlas.ingest.load-sample=false")) {
			HttpGraphQlTester secondInstance = HttpGraphQlTester.create(WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + second.getEnvironment().getProperty("local.server.port") + "/graphql")
				.build());
			JsonNode seen = read(secondInstance, establishment);
			assertThat(seen.path("places").asInt()).isEqualTo(places);
			assertThat(seen.path("version").asInt()).isEqualTo(version + 1);

			write(secondInstance, owner, establishment, version + 1, places + 1, null);
		}
		assertThat(read(graphQl, establishment).path("version").asInt()).isEqualTo(version + 2);
		assertThat(read(graphQl, establishment).path("places").asInt()).isEqualTo(places + 1);
	}

	private static JsonNode read(HttpGraphQlTester graphQl, String establishment) {
		return graphQl.documentName("ingest/workplaceAvailability")
			.variable("e", establishment)
			.execute()
			.path("workplace")
			.entity(JsonNode.class)
			.get();
	}

	private static void write(HttpGraphQlTester graphQl, String owner, String establishment, int version, int places,
			String from) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishment);
		input.put("version", version);
		input.put("lookingForLearner", true);
		input.put("places", places);
		input.put("availableFrom", from);
		graphQl.mutate()
			.header("Authorization", "Bearer " + TestTokens.token(owner, Right.WORKPLACES))
			.build()
			.documentName("ingest/setWorkplaceAvailability")
			.variable("input", input)
			.execute()
			.path("setWorkplaceAvailability.workplace.version")
			.entity(Integer.class)
			.isEqualTo(version + 1);
	}

}
