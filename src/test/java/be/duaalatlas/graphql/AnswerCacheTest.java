package be.duaalatlas.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
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
@TestPropertySource(properties = { "atlas.answer-cache.enabled=true", "atlas.answer-cache.max-weight=16MB",
		"atlas.engine-requests.record-to=target/answer-cache-test-engine-requests.jsonl" })
class AnswerCacheTest extends AtlasIntegrationTest {

	private static final String SEARCH = "graphql/searchByText";

	private static final Path RECORDED = Path.of("target/answer-cache-test-engine-requests.jsonl");

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void theSameAnonymousQuestionAgainCostsNoEngineSearchAndGetsTheSameAnswer() throws IOException {
		JsonNode first = data(graphQl.documentName(SEARCH).variable("text", "bakker").execute(), "search");
		long before = Files.size(RECORDED);
		JsonNode again = data(graphQl.documentName(SEARCH).variable("text", "bakker").execute(), "search");
		// the service re-reads the catalogue's generation every 2 s, which may fall in
		// between: no search, though
		byte[] recorded = Files.readAllBytes(RECORDED);
		// the service's background reads (metrics) are neither counted nor recorded
		String repeated = new String(recorded, (int) before, recorded.length - (int) before, StandardCharsets.UTF_8);
		assertThat(repeated).as("engine requests of the repeated question")
			.doesNotContain("_search")
			.doesNotContain("_mget");
		assertThat(again).isEqualTo(first);
		assertThat(again.path("totalCount").asInt()).isPositive();
	}

	/**
	 * Issue 20, item 6: answers to questions with big variables (unused ones count: the
	 * key holds them) or big documents stay within the cache's bound on the heap; weighed
	 * by characters, two such answers took 8 times their weight.
	 */
	@Test
	void questionsWithBigVariablesOrDocumentsStayWithinTheCachesBoundOnTheHeap() {
		long before = usedHeapAfterGc();
		for (int i = 0; i < 80; i++) {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("text", "bakker");
			for (int v = 0; v < 8_000; v++) {
				variables.put("x" + i + "_" + v, v);
			}
			data(graphQl.documentName(SEARCH).variables(variables).execute(), "search");
			String padded = GraphQlDocuments.text(SEARCH) + "# " + "é".repeat(60_000) + i + "\n";
			data(graphQl.document(padded).variable("text", "bakker").execute(), "search");
		}
		long after = usedHeapAfterGc();
		System.out.printf("heap after GC: %d MB before, %d MB after 160 big questions (cache bound 16 MB)%n",
				before >> 20, after >> 20);
		assertThat(after - before).isLessThan(2 * 16L * 1024 * 1024);
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		memory.gc();
		memory.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	@Test
	void anotherQuestionOrLanguageIsAskedOfTheEngine() {
		data(graphQl.documentName(SEARCH).variable("text", "slager").execute(), "search");
		long before = engineRequests.total();
		data(graphQl.documentName(SEARCH).variable("text", "slagerij").execute(), "search");
		assertThat(engineRequests.total() - before).as("a different text").isPositive();
		before = engineRequests.total();
		data(graphQl.mutate()
			.header("Accept-Language", "fr")
			.build()
			.documentName(SEARCH)
			.variable("text", "slager")
			.execute(), "search");
		assertThat(engineRequests.total() - before).as("another Accept-Language").isPositive();
	}

	@Test
	void aClientAskingForNoCacheGetsAFreshAnswer() {
		data(graphQl.documentName(SEARCH).variable("text", "lasser").execute(), "search");
		long before = engineRequests.total();
		data(graphQl.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.documentName(SEARCH)
			.variable("text", "lasser")
			.execute(), "search");
		assertThat(engineRequests.total() - before).as("Cache-Control: no-cache").isPositive();
	}

}
