package be.duaalatlas.graphql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Persisted queries over GET (Apollo's shape) and the caching headers of every answer,
 * straight at the service (NginxCacheTest puts a real proxy in front).
 */
class PersistedGetTest extends AtlasIntegrationTest {

	static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void anAnonymousGetIsPublicWithAStrongETagAndIfNoneMatchIs304WithoutRunningTheQuery() throws Exception {
		String hash = contractHash("catalogue-status");
		HttpResponse<String> first = get(base() + params(hash, null), Map.of());
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(json.readTree(first.body()).path("data").path("catalogueStatus").path("kinds")).isNotEmpty();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(PersistedGetTest::publicUpToTenSeconds);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(String.join(",", first.headers().allValues("Vary"))).contains("Accept-Language", "Authorization");

		double ran = catalogueStatusRuns();
		HttpResponse<String> notModified = get(base() + params(hash, null), Map.of("If-None-Match", etag));
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
		assertThat(notModified.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(PersistedGetTest::publicUpToTenSeconds);

		HttpResponse<String> french = get(base() + params(hash, null), Map.of("Accept-Language", "fr"));
		assertThat(french.headers().firstValue("ETag")).isPresent().isNotEqualTo(first.headers().firstValue("ETag"));
		// the French GET ran once, the 304 not at all
		await().atMost(Duration.ofSeconds(5)).until(() -> catalogueStatusRuns() >= ran + 1);
		assertThat(catalogueStatusRuns()).as("runs since the 304 (which ran nothing) and the French GET")
			.isEqualTo(ran + 1);
	}

	@Test
	void authenticatedGetsAndPostsAreNeverCacheable() throws Exception {
		String hash = contractHash("catalogue-status");
		HttpResponse<String> authenticated = get(base() + params(hash, null),
				Map.of("Authorization", "Bearer " + token("sp-hout-meubel", Right.STAKEHOLDER)));
		assertThat(authenticated.statusCode()).as(authenticated.body()).isEqualTo(200);
		assertThat(json.readTree(authenticated.body()).path("data").path("catalogueStatus").isObject()).isTrue();
		assertThat(authenticated.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(authenticated.headers().firstValue("ETag")).isEmpty();

		HttpResponse<String> post = post(Map.of("query", "{ catalogueStatus { generation } }"));
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.headers().allValues("Cache-Control")).containsExactly("private, no-store");
		assertThat(post.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aQueryRegisteredByAPostRunsOverGetAndAnUnknownHashSaysSoAsApolloExpects() throws Exception {
		String text = "query Bakers($text: String) { search(text: $text, first: 1) { totalCount } } # "
				+ System.nanoTime();
		String hash = PersistedQueries.sha256(text);
		String url = base() + params(hash, Map.of("text", "bakker"));

		JsonNode unknown = json.readTree(get(url, Map.of()).body()).path("errors").path(0);
		assertThat(unknown.path("extensions").path("classification").asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(unknown.path("extensions").path("code").asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

		// a text whose hash is another is not registered under it
		post(Map.of("query", text + " ", "variables", Map.of("text", "bakker"), "extensions", persisted(hash)));
		assertThat(json.readTree(get(url, Map.of()).body())
			.path("errors")
			.path(0)
			.path("extensions")
			.path("classification")
			.asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

		HttpResponse<String> registering = post(
				Map.of("query", text, "variables", Map.of("text", "bakker"), "extensions", persisted(hash)));
		int total = json.readTree(registering.body()).path("data").path("search").path("totalCount").asInt();
		assertThat(total).as(registering.body()).isPositive();

		HttpResponse<String> byGet = get(url, Map.of());
		assertThat(json.readTree(byGet.body()).path("data").path("search").path("totalCount").asInt()).isEqualTo(total);
		assertThat(byGet.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(PersistedGetTest::publicUpToTenSeconds);

		// the cost limit applies to a GET as to a POST: 1,000 characters of free text
		// cost 50,000
		HttpResponse<String> costly = get(base() + params(hash, Map.of("text", "bakker ".repeat(142) + "bakke")),
				Map.of());
		JsonNode refused = json.readTree(costly.body()).path("errors").path(0);
		assertThat(refused.path("extensions").path("classification").asText()).as(costly.body())
			.isEqualTo("QUERY_TOO_COSTLY");
		assertThat(costly.headers().firstValue("Cache-Control")).hasValue("private, no-store");
	}

	@Test
	void aGetNeverRunsAMutation() throws Exception {
		String text = """
				mutation Describe($input: StakeholderRolesInput!, $version: Int!) {
				  describeStakeholderRoles(input: $input, version: $version) { stakeholder { version } }
				}
				""" + "# " + System.nanoTime();
		String hash = PersistedQueries.sha256(text);
		Map<String, Object> variables = Map.of("input",
				Map.of("stakeholder", "sp-hout-meubel", "roles",
						java.util.List.of(Map.of("role", "TRAIN_MENTORS", "description", Map.of("nl", "via GET")))),
				"version", 1);
		// registered by a POST without a token: it validated, and was refused
		JsonNode refused = json
			.readTree(post(Map.of("query", text, "variables", variables, "extensions", persisted(hash))).body());
		assertThat(refused.path("errors").path(0).path("extensions").path("classification").asText())
			.isEqualTo("UNAUTHORIZED");

		HttpResponse<String> get = get(base() + params(hash, variables),
				Map.of("Authorization", "Bearer " + token("sp-hout-meubel", Right.STAKEHOLDER)));
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(get.headers().firstValue("Allow")).hasValue("POST");
		assertThat(get.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		JsonNode error = json.readTree(get.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("message").asText()).contains("queries only");
	}

	@Test
	void malformedGetsAreTypedBadRequests() throws Exception {
		String hash = contractHash("catalogue-status");
		for (String query : new String[] { "extensions=nojson", "extensions=" + enc("{\"persistedQuery\":{}}"),
				"extensions=" + enc("{\"persistedQuery\":{\"sha256Hash\":\"abc\"}}"),
				params(hash, null).substring(1) + "&variables=" + enc("[1]"),
				params(hash, null).substring(1) + "&operationName=A&operationName=B",
				params(hash, null).substring(1) + "&query=" + enc("{ catalogueStatus { generation } }") }) {
			HttpResponse<String> response = get(base() + "?" + query, Map.of());
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			JsonNode error = json.readTree(response.body()).path("errors").path(0);
			assertThat(error.path("extensions").path("classification").asText()).as(query).isEqualTo("BAD_REQUEST");
			assertThat(error.path("message").asText()).as(query).doesNotContain("nojson");
		}
	}

	/** Public for 10 s (the default), or less when Belgian midnight is nearer. */
	static void publicUpToTenSeconds(String cacheControl) {
		assertThat(cacheControl).matches("public, max-age=([0-9]|10)");
	}

	/** How often the service ran the website's catalogue status query. */
	private double catalogueStatusRuns() {
		Timer timer = meters.find("graphql.request").tag("graphql.operation.name", "CatalogueStatus").timer();
		return timer == null ? 0 : timer.count();
	}

	static String contractHash(String operation) throws Exception {
		return PersistedQueries
			.sha256(Files.readString(Path.of("frontend-contract/" + operation + ".graphql"), StandardCharsets.UTF_8));
	}

	static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	/** Apollo's GET parameters for a persisted query. */
	static String params(String hash, Map<String, Object> variables) throws Exception {
		StringBuilder query = new StringBuilder("?extensions=").append(enc(json.writeValueAsString(persisted(hash))));
		if (variables != null) {
			query.append("&variables=").append(enc(json.writeValueAsString(variables)));
		}
		return query.toString();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String base() {
		return "http://localhost:" + port + "/graphql";
	}

	static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(Map<String, Object> body) throws Exception {
		return post(base(), new LinkedHashMap<>(body), Map.of());
	}

	static HttpResponse<String> post(String url, Map<String, Object> body, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
