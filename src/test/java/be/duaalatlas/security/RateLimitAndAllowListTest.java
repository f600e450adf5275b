package be.duaalatlas.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment for the website: a small anonymous budget, a partner key, and only the
 * website's registered operations. A burst over the anonymous budget gets HTTP 429 with a
 * typed RATE_LIMITED error and the time to retry, while a partner's key still gets
 * through; an unknown key is refused, not treated as anonymous; an operation that is not
 * registered, or an unknown hash, gets a typed PERSISTED_QUERY_NOT_FOUND. The website
 * (the configured origin) can read both refusals.
 */
class RateLimitAndAllowListTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String PARTNER_KEY = "partner-key-of-the-test";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void smallBudgets(DynamicPropertyRegistry registry) {
		registry.add("atlas.rate-limit.anonymous.burst", () -> "20");
		// one token a minute: no refill while the test runs, however slowly a loaded
		// machine answers
		registry.add("atlas.rate-limit.anonymous.requests-per-minute", () -> "1");
		registry.add("atlas.rate-limit.partners.test-partner.key", () -> "partner-key-of-the-test");
		registry.add("atlas.rate-limit.partners.test-partner.burst", () -> "500");
		registry.add("atlas.persisted-queries.allow-list-only", () -> "true");
	}

	@Test
	void aBurstOverTheBudgetIsRateLimitedWhileAPartnerKeyStillGetsThrough() throws Exception {
		double refusedBefore = rateLimited();
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> limited = null;
		for (int i = 0; i < 60 && limited == null; i++) {
			HttpResponse<String> response = post(null, registered());
			statuses.add(response.statusCode());
			if (response.statusCode() == 429) {
				limited = response;
			}
		}
		System.out.println("anonymous burst: " + statuses.size() + " requests, statuses " + statuses);
		assertThat(limited).as("a burst of 60 over a budget of 20").isNotNull();
		long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isPositive();
		JsonNode error = json.readTree(limited.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asText()).isEqualTo("RATE_LIMITED");
		assertThat(error.path("extensions").path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
		assertThat(error.path("extensions").path("requestId").asText()).as("a request id to quote")
			.isEqualTo(limited.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(rateLimited()).as("the operators' counter of rate-limited requests").isGreaterThan(refusedBefore);
		assertThat(limited.headers().firstValue("Access-Control-Allow-Origin")).as("the website may read the 429")
			.hasValue(WEBSITE);

		for (int i = 0; i < 30; i++) {
			HttpResponse<String> partner = post(PARTNER_KEY, registered());
			assertThat(partner.statusCode()).isEqualTo(200);
			assertThat(json.readTree(partner.body()).path("data").path("suggest")).isNotEmpty();
		}
		assertThat(post(null, registered()).statusCode()).as("the anonymous caller is still over its budget")
			.isEqualTo(429);
	}

	@Test
	void anUnknownKeyIsRefused() throws Exception {
		HttpResponse<String> response = post("no-such-key", registered());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEBSITE);
		assertThat(json.readTree(response.body())
			.path("errors")
			.path(0)
			.path("extensions")
			.path("classification")
			.asText()).isEqualTo("UNAUTHORIZED");
	}

	/**
	 * Spring MVC routes the GraphQL path however it is spelt: percent-encoded letters and
	 * path parameters are decoded or dropped before matching. Each such spelling is
	 * limited and key-checked as {@code /graphql} itself; spellings that Spring MVC does
	 * not route to GraphQL never get a GraphQL answer.
	 */
	@Test
	void everySpellingOfTheGraphQlPathIsLimitedAndKeyChecked() throws Exception {
		HttpResponse<String> limited = null;
		for (int i = 0; i < 60 && limited == null; i++) {
			HttpResponse<String> response = post(null, registered());
			limited = response.statusCode() == 429 ? response : null;
		}
		assertThat(limited).as("the address exhausted its budget").isNotNull();
		for (String path : List.of("/graph%71l", "/%67raphql", "/graphq%6C", "/%67%72%61%70%68%71%6c", "/graphql;x=1",
				"/graph%71l;jsessionid=1")) {
			HttpResponse<String> anonymous = post(path, null, registered());
			assertThat(anonymous.statusCode()).as(path).isEqualTo(429);
			assertThat(classification(anonymous)).as(path).isEqualTo("RATE_LIMITED");
			HttpResponse<String> unknownKey = post(path, "no-such-key", registered());
			assertThat(unknownKey.statusCode()).as(path).isEqualTo(401);
			assertThat(classification(unknownKey)).as(path).isEqualTo("UNAUTHORIZED");
			assertThat(post(path, PARTNER_KEY, registered()).statusCode()).as(path).isEqualTo(200);
		}
		for (String path : List.of("//graphql", "/graphql/", "/./graphql", "/x/../graphql", "/GRAPHQL")) {
			for (String key : Arrays.asList(null, "no-such-key", PARTNER_KEY)) {
				HttpResponse<String> refused = post(path, key, registered());
				assertThat(refused.statusCode()).as(path).isIn(400, 404);
				assertThat(json.readTree(refused.body()).has("data")).as(path).isFalse();
				assertThat(classification(refused)).as(path).isIn("BAD_REQUEST", "NOT_FOUND");
			}
		}
	}

	@Test
	void onlyTheWebsitesRegisteredOperationsRun() throws Exception {
		String text = Files.readString(Path.of("frontend-contract/suggest.graphql"));
		HttpResponse<String> byText = post(PARTNER_KEY, json.writeValueAsString(Map.of("query", text)));
		assertThat(json.readTree(byText.body()).path("data").path("suggest")).isNotEmpty();
		// nor is a text registered by sending it with its hash (automatic persisted
		// queries)
		String other = "{ place(postcode: \"9000\") { postcode } }";
		String otherHash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(other.getBytes(StandardCharsets.UTF_8)));
		String withHash = json.writeValueAsString(Map.of("query", other, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", otherHash))));
		for (String body : List.of(json.writeValueAsString(Map.of("query", other)), withHash, withHash,
				json.writeValueAsString(Map.of("query", "Suggest", "extensions",
						Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64))))))) {
			JsonNode error = json.readTree(post(PARTNER_KEY, body).body()).path("errors").path(0);
			assertThat(error.path("extensions").path("classification").asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		}
	}

	/** The website's autocomplete, named by the hash of its registered text. */
	private static String registered() throws Exception {
		String text = Files.readString(Path.of("frontend-contract/suggest.graphql"));
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		return json.writeValueAsString(Map.of("query", "Suggest", "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
	}

	private static String classification(HttpResponse<String> response) throws Exception {
		return json.readTree(response.body()).path("errors").path(0).path("extensions").path("classification").asText();
	}

	private HttpResponse<String> post(String key, String body) throws Exception {
		return post("/graphql", key, body);
	}

	private HttpResponse<String> post(String path, String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Origin", WEBSITE)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("X-Api-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** {@code atlas.requests.refused{reason="rateLimit"}} as an operator scrapes it. */
	private double rateLimited() throws Exception {
		HttpResponse<String> scrape = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
				.header("Authorization", "Bearer " + TestTokens.token("operations", Right.MANAGEMENT))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(scrape.statusCode()).isEqualTo(200);
		java.util.regex.Matcher sample = java.util.regex.Pattern
			.compile("(?m)^atlas_requests_refused_total\\{reason=\"rateLimit\"} (\\S+)$")
			.matcher(scrape.body());
		assertThat(sample.find()).as("the rate-limit counter is scraped").isTrue();
		return Double.parseDouble(sample.group(1));
	}

}
