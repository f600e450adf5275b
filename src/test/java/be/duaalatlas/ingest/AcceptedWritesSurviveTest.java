package be.duaalatlas.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.DuaalAtlasApplication;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.SampleRecords.SampleWorkplace;
import be.duaalatlas.TestEngine;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
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

	@Autowired
	ElasticsearchClient client;

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

	/**
	 * A full import re-applies the journal, switches its alias, then catches up with what
	 * was accepted in between. In that gap the new live index lacks those writes: here a
	 * version copied before a write goes live after it. A write naming the version that
	 * index shows is checked against the journal's, not accepted a second time under the
	 * same version (the fleet report's import did that seven times).
	 */
	@Test
	void aWriteRightAfterAnAliasSwitchIsCheckedAgainstTheJournalNotTheOlderCopy() throws IOException {
		SampleWorkplace own = SampleRecords.company(graphQl);
		String establishment = own.establishmentNumber();
		String stale = indices.createVersion("workplaces", Map.of());
		copyLiveDocumentsInto("workplaces", stale);
		int version = read(graphQl, establishment).path("version").asInt();
		int places = read(graphQl, establishment).path("places").asInt(0) == 55 ? 56 : 55;
		write(graphQl, own.owner(), establishment, version, places, null);

		indices.prepareToGoLive("workplaces", stale);
		indices.switchAlias("workplaces", stale);
		assertThat(read(graphQl, establishment).path("version").asInt()).as("the copy from before the write")
			.isEqualTo(version);

		GraphQlTester.Response refused = send(graphQl, own.owner(), establishment, version, places + 1);
		refused.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("CONFLICT")));
		JsonNode caughtUp = read(graphQl, establishment);
		assertThat(caughtUp.path("version").asInt()).isEqualTo(version + 1);
		assertThat(caughtUp.path("places").asInt()).isEqualTo(places);

		write(graphQl, own.owner(), establishment, version + 1, places + 1, null);
		assertThat(read(graphQl, establishment).path("version").asInt()).isEqualTo(version + 2);
	}

	private void copyLiveDocumentsInto(String kind, String index) throws IOException {
		SearchResponse<ObjectNode> live = client.search(s -> s.index(indices.alias(kind)).size(10_000),
				ObjectNode.class);
		assertThat(live.hits().total().value()).as("every document in one page").isLessThanOrEqualTo(10_000);
		List<BulkOperation> operations = new ArrayList<>();
		live.hits()
			.hits()
			.forEach(hit -> operations
				.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(hit.id()).document(hit.source())))));
		BulkResponse response = client.bulk(b -> b.operations(operations).refresh(Refresh.True));
		assertThat(response.errors()).isFalse();
	}

	private static GraphQlTester.Response send(HttpGraphQlTester graphQl, String owner, String establishment,
			int version, int places) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishment);
		input.put("version", version);
		input.put("lookingForLearner", true);
		input.put("places", places);
		return graphQl.mutate()
			.header("Authorization", "Bearer " + TestTokens.token(owner, Right.WORKPLACES))
			.build()
			.documentName("ingest/setWorkplaceAvailability")
			.variable("input", input)
			.execute();
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
