package be.duaalatlas.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.EngineRequestCounter;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same anonymous question asked again is answered without the engine, and only then.
 */
@TestPropertySource(properties = { "atlas.answer-cache.enabled=true",
		"atlas.engine-requests.record-to=target/answer-cache-test-engine-requests.jsonl" })
class AnswerCacheTest extends AtlasIntegrationTest {

	private static final String SEARCH = """
			query($text: String) {
			  search(text: $text, first: 5) { totalCount edges { kind node { ... on Node { id } } } }
			}
			""";

	private static final Path RECORDED = Path.of("target/answer-cache-test-engine-requests.jsonl");

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void theSameAnonymousQuestionAgainCostsNoEngineSearchAndGetsTheSameAnswer() throws IOException {
		JsonNode first = data(graphQl.document(SEARCH).variable("text", "bakker").execute(), "search");
		long before = Files.size(RECORDED);
		JsonNode again = data(graphQl.document(SEARCH).variable("text", "bakker").execute(), "search");
		// the service re-reads the catalogue's generation every 2 s, which may fall in
		// between: no search, though
		byte[] recorded = Files.readAllBytes(RECORDED);
		String repeated = new String(recorded, (int) before, recorded.length - (int) before, StandardCharsets.UTF_8);
		assertThat(repeated).as("engine requests of the repeated question")
			.doesNotContain("_search")
			.doesNotContain("_mget");
		assertThat(again).isEqualTo(first);
		assertThat(again.path("totalCount").asInt()).isPositive();
	}

	@Test
	void anotherQuestionOrLanguageIsAskedOfTheEngine() {
		data(graphQl.document(SEARCH).variable("text", "slager").execute(), "search");
		long before = engineRequests.total();
		data(graphQl.document(SEARCH).variable("text", "slagerij").execute(), "search");
		assertThat(engineRequests.total() - before).as("a different text").isPositive();
		before = engineRequests.total();
		data(graphQl.mutate()
			.header("Accept-Language", "fr")
			.build()
			.document(SEARCH)
			.variable("text", "slager")
			.execute(), "search");
		assertThat(engineRequests.total() - before).as("another Accept-Language").isPositive();
	}

	@Test
	void aClientAskingForNoCacheGetsAFreshAnswer() {
		data(graphQl.document(SEARCH).variable("text", "lasser").execute(), "search");
		long before = engineRequests.total();
		data(graphQl.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.document(SEARCH)
			.variable("text", "lasser")
			.execute(), "search");
		assertThat(engineRequests.total() - before).as("Cache-Control: no-cache").isPositive();
	}

}
