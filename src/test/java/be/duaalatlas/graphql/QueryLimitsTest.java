package be.duaalatlas.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static be.duaalatlas.GraphQlResults.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's bad inputs and over-cost queries, through the public API: each is a typed
 * error before any engine work, the cost of every answer is in {@code extensions.cost},
 * and the standard introspection queries of graphql-js and Apollo pass while data fields
 * stay counted.
 */
class QueryLimitsTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final String OBJECT_CURSOR = "W3siYSI6MX0sImEiLCJiIl0";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{ programmes(after: "W3siYSI6MX0sImEiLCJiIl0") { totalCount } }    | after
					{ search(after: "W3siYSI6MX0sImEiLCJiIl0") { totalCount } }        | after
					{ search(after: "WzEsWzJdXQ") { totalCount } }                     | after
					{ programme(code: "elektrische-installaties-duaal") { offerings(after: "W3siYSI6MX0sImEiLCJiIl0") { totalCount } } } | after
					{ workplaces(filter: { recognitionValidOn: "+10000-01-01" }) { totalCount } }  | filter.recognitionValidOn
					{ workplaces(filter: { recognitionValidOn: "-0001-01-01" }) { totalCount } }   | filter.recognitionValidOn
					""")
	void cursorsWithObjectsAndDatesBeyondYear9999AreBadRequests(String query, String argument) {
		assertThat(OBJECT_CURSOR).isNotBlank();
		error(graphQl.document(query).execute(), "BAD_REQUEST", argument);
	}

	@Test
	void aKindsListLongerThanTheBoundIsABadRequest() {
		String kinds = Stream.generate(() -> "PROGRAMME").limit(8_193).collect(Collectors.joining(", "));
		var response = graphQl.document("{ search(filter: { kinds: [" + kinds + "] }) { totalCount } }").execute();
		assertThat(error(response, "BAD_REQUEST", "filter.kinds").getMessage()).contains("100");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rtcArea", "recognisedBy", "municipality", "programme" })
	void aStringLongerThanTheBoundIsABadRequestThatDoesNotEchoIt(String field) {
		String huge = "é".repeat(40_000);
		var response = graphQl
			.document("query($v: String) { workplaces(filter: { " + field + ": $v }) { totalCount } }")
			.variable("v", huge)
			.execute();
		assertThat(error(response, "BAD_REQUEST", "filter." + field).getMessage()).hasSizeLessThan(500);
	}

	@Test
	void errorMessagesQuoteAtMostAPrefixOfTheInput() throws Exception {
		String literal = "x".repeat(200_000);
		JsonNode answer = post("{ search(sort: " + literal + ") { totalCount } }");
		assertThat(answer.path("errors")).isNotEmpty();
		answer.path("errors").forEach(e -> assertThat(e.path("message").asText()).hasSizeLessThan(600));
	}

	@Test
	void aJsonNullBodyIsABadRequestInGraphQlShape() throws Exception {
		for (String body : List.of("null", "42", "\"query\"", "[{\"query\":\"{ catalogueStatus { generation } }\"}]")) {
			HttpResponse<String> response = http(HttpRequest.newBuilder(graphql())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertGraphQlError(response.body(), "BAD_REQUEST");
		}
	}

	@Test
	void wrongMethodAndMediaTypeAnswerInGraphQlShape() throws Exception {
		HttpResponse<String> get = http(HttpRequest.newBuilder(graphql()).GET());
		assertThat(get.statusCode()).isEqualTo(405);
		assertGraphQlError(get.body(), "BAD_REQUEST");
		HttpResponse<String> text = http(HttpRequest.newBuilder(graphql())
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{ catalogueStatus { generation } }")));
		assertThat(text.statusCode()).isEqualTo(415);
		assertGraphQlError(text.body(), "BAD_REQUEST");
	}

	@Test
	void aliasesOfTextSearchesAreRefusedBeforeTheyRunWithTheirCost() throws Exception {
		String query = IntStream.range(0, 299)
			.mapToObj(i -> "a" + i + ": search(text: \"elektricien " + i + "\") { totalCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertRefused(post(query), "aliasesPerField");
	}

	@Test
	void aliasesOfFullPagesAreRefusedWithTheirCost() throws Exception {
		String query = IntStream.range(0, 199)
			.mapToObj(i -> "a" + i + ": search(first: 100) { totalCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertRefused(post(query), "aliasesPerField");
	}

	@Test
	void longTextsCostInProportionToTheirLength() throws Exception {
		String text = "elektricien loodgieter kapper ".repeat(7).substring(0, 200);
		String few = IntStream.range(0, 5)
			.mapToObj(i -> "a" + i + ": search(text: \"" + text + "\") { totalCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertRefused(post(few), "cost");
		String many = IntStream.range(0, 25)
			.mapToObj(i -> "a" + i + ": search(text: \"" + text + i + "\") { totalCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertRefused(post(many), "aliasesPerField");
	}

	@Test
	void duplicatedTypenamesCountForEveryHit() throws Exception {
		// within the bound of fields written out (2,000), past the cost limit for 100
		// hits
		String typenames = "__typename ".repeat(1_500);
		JsonNode answer = post("{ search(first: 100) { edges { node { " + typenames + " } } } }");
		JsonNode error = assertRefused(answer, "cost");
		assertThat(error.path("extensions").path("cost").path("requested").asLong()).isGreaterThan(150_000);
	}

	/**
	 * A document is parsed and validated once (ParsedDocuments), but measured on every
	 * request: a costly one sent again is refused again, and the same text costs what its
	 * variables ask each time.
	 */
	@Test
	void aDocumentSentAgainIsMeasuredAgain() throws Exception {
		String costly = "{ search(first: 100) { edges { node { " + "__typename ".repeat(1_500) + " } } } }";
		assertRefused(post(costly), "cost");
		assertRefused(post(costly), "cost");

		String page = "query($n: Int) { programmes(first: $n) { totalCount edges { node { code } } } }";
		long five = post(page, Map.of("n", 5)).path("extensions").path("cost").path("requested").asLong();
		long twenty = post(page, Map.of("n", 20)).path("extensions").path("cost").path("requested").asLong();
		assertThat(five).isEqualTo(1 + 100 + 5 + 1 + 1 + 5 + 5);
		assertThat(twenty).isEqualTo(1 + 100 + 20 + 1 + 1 + 20 + 20);
	}

	@Test
	void rootFieldsAndDepthAreLimited() throws Exception {
		String roots = "{ catalogueStatus { generation } place(postcode: \"9000\") { postcode } roleMap { role } "
				+ "brusselsEquivalences { frenchName } keyMessages { totalCount } goodPractices { totalCount } "
				+ "suggest(prefix: \"kap\") { text } programmes { totalCount } supportServices { totalCount } "
				+ "workplaces { totalCount } search { totalCount } }";
		assertRefused(post(roots), "rootFields");
		String deep = "{ node(id: \"Programme:kapper-stylist-duaal\") { ... on Programme { offerings(first: 1) { edges "
				+ "{ node { programme { offerings(first: 1) { edges { node { programme { offerings(first: 1) { edges "
				+ "{ node { postcode } } } } } } } } } } } } } }";
		assertRefused(post(deep), "depth");
	}

	@Test
	void everyAnswerSaysWhatItCost() throws Exception {
		JsonNode answer = post("{ programmes(first: 5) { totalCount edges { node { code } } } }");
		assertThat(answer.path("errors").isMissingNode()).isTrue();
		JsonNode cost = answer.path("extensions").path("cost");
		// programmes: 1 field + 100 engine request + 5 documents; totalCount 1; edges 1;
		// node 5; code 5
		assertThat(cost.path("requested").asLong()).isEqualTo(1 + 100 + 5 + 1 + 1 + 5 + 5);
		assertThat(cost.path("limit").asLong()).isEqualTo(50_000);
	}

	@Test
	void everyFrontendContractOperationIsWithinTheLimitAndItsCostIsPrinted() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("frontend-contract"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
				JsonNode answer = post(Files.readString(file));
				assertThat(answer.path("errors").isMissingNode()).as(file + ": " + answer.path("errors")).isTrue();
				long cost = answer.path("extensions").path("cost").path("requested").asLong();
				System.out.printf("cost of %-40s %6d%n", file.getFileName(), cost);
				assertThat(cost).isPositive().isLessThanOrEqualTo(50_000);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphql-js-16.graphql", "graphql-js-16-all-options.graphql" })
	void theStandardIntrospectionQueriesPass(String file) throws Exception {
		String query = Files.readString(Path.of("src/test/resources/introspection").resolve(file));
		JsonNode answer = post(query);
		assertThat(answer.path("errors").isMissingNode()).as(answer.path("errors").toString()).isTrue();
		assertThat(answer.path("data").path("__schema").path("types").size()).isGreaterThan(40);
	}

	@Test
	void dataFieldsBesideIntrospectionStayCounted() throws Exception {
		String typenames = "__typename ".repeat(1_500);
		JsonNode answer = post(
				"{ __schema { queryType { name } } search(first: 100) { edges { node { " + typenames + " } } } }");
		assertRefused(answer, "cost");
	}

	@Test
	void aBodyLargerThanTheBoundIsRefusedBeforeItIsRead() throws Exception {
		String query = "{ programmes(first: 1) { totalCount } } # " + "x".repeat(300 * 1024);
		HttpResponse<String> response = http(HttpRequest.newBuilder(graphql())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertGraphQlError(response.body(), "BAD_REQUEST");
		// a legitimate request of the same size without the padding passes
		JsonNode answer = post("{ programmes(first: 1) { totalCount } } # " + "x".repeat(200 * 1024));
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
	}

	private JsonNode assertRefused(JsonNode answer, String limit) {
		assertThat(answer.path("data").path("search").isMissingNode() || answer.path("data").isNull()
				|| answer.path("data").isMissingNode())
			.as(answer.toString())
			.isTrue();
		JsonNode error = answer.path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asText()).as(error.toString())
			.isEqualTo("QUERY_TOO_COSTLY");
		assertThat(error.path("extensions").path("limit").asText()).isEqualTo(limit);
		assertThat(error.path("extensions").path("cost").path("requested").asLong()).isPositive();
		assertThat(error.path("extensions").path("cost").path("limit").asLong()).isEqualTo(50_000);
		assertThat(error.path("message").asText()).doesNotContain("Exception");
		return error;
	}

	private void assertGraphQlError(String body, String classification) throws IOException {
		JsonNode error = json.readTree(body).path("errors").path(0);
		assertThat(error.path("message").asText()).isNotBlank().doesNotContain("Exception");
		assertThat(error.path("extensions").path("classification").asText()).isEqualTo(classification);
	}

	private JsonNode post(String query) throws Exception {
		return post(query, Map.of());
	}

	private JsonNode post(String query, Map<String, Object> variables) throws Exception {
		HttpResponse<String> response = http(HttpRequest.newBuilder(graphql())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(json.writeValueAsString(Map.of("query", query, "variables", variables)))));
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		return json.readTree(response.body());
	}

	private HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI graphql() {
		return URI.create("http://localhost:" + port + "/graphql");
	}

}
