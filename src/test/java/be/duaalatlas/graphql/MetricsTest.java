package be.duaalatlas.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static be.duaalatlas.PrometheusText.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics for operators (docs/metrics.md): {@code /actuator/prometheus} to the
 * MANAGEMENT right only, with the catalogue's own meters, refusals counted by reason, and
 * {@code graphql.request} timed per operation name without an unbounded tag set.
 */
class MetricsTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> scrape(String token) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String metrics() throws Exception {
		HttpResponse<String> response = scrape(TestTokens.token("operations", Right.MANAGEMENT));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private JsonNode post(String query, String operationName) throws Exception {
		Map<String, Object> body = operationName == null ? Map.of("query", query)
				: Map.of("query", query, "operationName", operationName);
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body());
	}

	@Test
	void onlyTheManagementRightMayScrape() throws Exception {
		HttpResponse<String> anonymous = scrape(null);
		assertThat(anonymous.statusCode()).isIn(401, 403, 404);
		assertThat(anonymous.body()).doesNotContain("atlas_");
		HttpResponse<String> otherRight = scrape(TestTokens.token("0403199702", Right.WORKPLACES, Right.AUDIT));
		assertThat(otherRight.statusCode()).isEqualTo(403);
		assertThat(otherRight.body()).doesNotContain("atlas_");
		assertThat(scrape(TestTokens.expired("operations", Right.MANAGEMENT)).statusCode()).isEqualTo(401);
	}

	@Test
	void theCataloguesOwnMetricsAreThere() throws Exception {
		String metrics = metrics();
		assertThat(metrics).contains("atlas_catalogue_generation_age_seconds ")
			.contains("atlas_requests_refused_total{reason=\"cost\"}")
			.contains("atlas_requests_refused_total{reason=\"rateLimit\"}")
			.contains("atlas_writes_conflicts_total ")
			.contains("atlas_journal_entries ")
			.contains("atlas_import_last_succeeded{kind=\"programmes\"}")
			.contains("atlas_import_last_finished{kind=\"programmes\"}")
			.contains("cache_gets_total{cache=\"answers\"");
		// read in the background: the sample catalogue's programmes within a refresh
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(sample(metrics(), "atlas_catalogue_records{kind=\"programmes\"}")).isPositive());
		assertThat(sample(metrics(), "atlas_import_last_succeeded{kind=\"programmes\"}")).isEqualTo(1);
	}

	@Test
	void aTooCostlyRequestIsCountedByItsReason() throws Exception {
		String series = "atlas_requests_refused_total{reason=\"cost\"}";
		double before = sample(metrics(), series);
		String typenames = "__typename ".repeat(1_500);
		JsonNode answer = post("{ search(first: 100) { edges { node { " + typenames + " } } } }", null);
		assertThat(answer.path("errors").path(0).path("extensions").path("limit").asText()).isEqualTo("cost");
		assertThat(sample(metrics(), series)).isGreaterThan(before);
	}

	@Test
	void requestsAreTimedPerOperationNameAndAdHocNamesAreOneTag() throws Exception {
		for (int i = 0; i < 3; i++) {
			post("query AdHocName" + i + " { suggest(prefix: \"kap\") { text } }", "AdHocName" + i);
		}
		// the website's operation by its name, here without operationName
		post("query CatalogueStatus { catalogueStatus { generation } }", null);
		String metrics = metrics();
		assertThat(metrics).doesNotContain("AdHocName")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"other\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"CatalogueStatus\"");
	}

}
