package be.duaalatlas.graphql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, items 1 and 3: a fragment counts as often as it is spread. A 2 KB document of
 * 50 fragments that each spread the next twice asks for 2^50 fields; ending in
 * introspection it made graphql-java's good-faith check exhaust the heap and the JVM
 * exit. Now such documents are refused as QUERY_TOO_COSTLY before validation, and a
 * fragment spread five times costs what the fields written out five times cost.
 */
class FragmentExpansionTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	/**
	 * {@code levels} fragments, each spreading the next twice, the last asking for leaf.
	 */
	private static String doubling(int levels, String type, String leaf, String rest) {
		StringBuilder document = new StringBuilder("query { ...F0 " + rest + " }\n");
		for (int i = 0; i < levels - 1; i++) {
			document.append("fragment F%d on %s { ...F%d ...F%d }\n".formatted(i, type, i + 1, i + 1));
		}
		document.append("fragment F%d on %s { %s }\n".formatted(levels - 1, type, leaf));
		return document.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "__type(name: \"Query\") { name }", "__schema { queryType { name } }",
			"__schema { types { name fields { name type { name ofType { name } } } } }", "__typename",
			"programmes(first: 1) { totalCount }" })
	void aDocumentWhoseFragmentsDoubleFiftyTimesIsRefusedAtOnceAndLeavesNothingOnTheHeap(String leaf) throws Exception {
		long heapBefore = usedHeapAfterGc();
		long slowest = 0;
		for (int levels : new int[] { 12, 30, 50, 200 }) {
			for (String rest : new String[] { "", "programmes(first: 1) { totalCount }" }) {
				String document = doubling(levels, "Query", leaf, rest);
				long start = System.nanoTime();
				JsonNode answer = post(document);
				long millis = (System.nanoTime() - start) / 1_000_000;
				slowest = Math.max(slowest, millis);
				JsonNode error = answer.path("errors").path(0);
				assertThat(error.path("extensions").path("classification").asText()).as(answer.toString())
					.isEqualTo("QUERY_TOO_COSTLY");
				assertThat(error.path("extensions").path("limit").asText()).isEqualTo("selections");
				assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull()).isTrue();
			}
		}
		long heapAfter = usedHeapAfterGc();
		System.out.printf("doubling fragments ending in %s: slowest refusal %d ms, heap after GC %d -> %d MB%n", leaf,
				slowest, heapBefore >> 20, heapAfter >> 20);
		// a bound far below what one such request made graphql-java allocate (the whole
		// 512 MB heap), far above the milliseconds a refusal takes
		assertThat(slowest).as("slowest refusal, ms").isLessThan(2_000);
		assertThat(heapAfter - heapBefore).as("heap growth after GC").isLessThan(32L << 20);
	}

	@Test
	void fragmentsNestedInsideFieldsDoubleToo() throws Exception {
		// 5 x 5 x 2 nesting through fragments on a list field: each level spread several
		// times
		String document = """
				query { programmes(first: 5) { edges { node { ...A ...A ...A ...A ...A } } } }
				fragment A on Programme { offerings(first: 5) { edges { node { ...B ...B ...B ...B ...B } } } }
				fragment B on Offering { ...C ...C }
				fragment C on Offering { %s }
				""".formatted(IntStream.range(0, 40).mapToObj(i -> "f" + i + ": id").collect(Collectors.joining(" ")));
		JsonNode error = post(document).path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asText()).as(error.toString())
			.isEqualTo("QUERY_TOO_COSTLY");
	}

	@Test
	void aFragmentSpreadInFivePlacesCostsWhatItsFieldsWrittenOutFiveTimesCost() throws Exception {
		String fields = "near(first: 3) { totalCount edges { node { ... on Node { id } } } }";
		String places = IntStream.of(9000, 3500, 2000, 1000, 8000)
			.mapToObj(postcode -> "p%d: place(postcode: \"%d\") { %%s }".formatted(postcode, postcode))
			.collect(Collectors.joining(" "));
		JsonNode withFragment = post(
				"query { " + places.replace("%s", "...N") + " } fragment N on Place { " + fields + " }");
		JsonNode writtenOut = post("query { " + places.replace("%s", fields) + " }");
		assertThat(withFragment.path("errors").isMissingNode()).as(withFragment.toString()).isTrue();
		long cost = writtenOut.path("extensions").path("cost").path("requested").asLong();
		assertThat(cost).isPositive();
		assertThat(withFragment.path("extensions").path("cost").path("requested").asLong()).isEqualTo(cost);
		assertThat(withFragment.path("data")).isEqualTo(writtenOut.path("data"));
	}

	@Test
	void aFragmentSpreadInFivePlacesIsRefusedWhereItsFieldsWrittenOutAre() throws Exception {
		String fields = "near(first: 100) { edges { node { ... on Offering { id programme { name offerings(first: 20) "
				+ "{ totalCount } } } ... on Workplace { id } } } }";
		String places = IntStream.of(9000, 3500, 2000, 1000, 8000)
			.mapToObj(postcode -> "p%d: place(postcode: \"%d\") { %%s }".formatted(postcode, postcode))
			.collect(Collectors.joining(" "));
		JsonNode writtenOut = post("query { " + places.replace("%s", fields) + " }");
		JsonNode withFragment = post(
				"query { " + places.replace("%s", "...N") + " } fragment N on Place { " + fields + " }");
		for (JsonNode answer : new JsonNode[] { writtenOut, withFragment }) {
			JsonNode error = answer.path("errors").path(0);
			assertThat(error.path("extensions").path("classification").asText()).as(answer.toString())
				.isEqualTo("QUERY_TOO_COSTLY");
			assertThat(error.path("extensions").path("limit").asText()).isEqualTo("cost");
		}
		assertThat(withFragment.path("errors").path(0).path("extensions").path("actual"))
			.isEqualTo(writtenOut.path("errors").path(0).path("extensions").path("actual"));
	}

	private JsonNode post(String query) throws Exception {
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		return json.readTree(response.body());
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		memory.gc();
		memory.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
