package be.duaalatlas.security;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health says UP or DOWN to anyone; its details (paths, disk, index names) only to the
 * MANAGEMENT right.
 */
class HealthDetailsTest extends AtlasIntegrationTest {

	@LocalServerPort
	int port;

	private JsonNode health(String token) {
		WebTestClient.RequestHeadersSpec<?> request = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.build()
			.get()
			.uri("/actuator/health");
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return request.exchange().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	@Test
	void anonymousCallersAndOtherRightsSeeOnlyTheStatus() {
		JsonNode anonymous = health(null);
		assertThat(anonymous.path("status").asText()).isNotEmpty();
		assertThat(anonymous.has("components")).isFalse();
		assertThat(health(TestTokens.token("0403199702", Right.WORKPLACES, Right.AUDIT)).has("components")).isFalse();
	}

	@Test
	void theManagementRightSeesTheDetails() {
		JsonNode details = health(TestTokens.token("operations", Right.MANAGEMENT));
		assertThat(details.path("components").has("catalogueIndices")).isTrue();
		assertThat(details.path("components").path("elasticsearch").path("status").asText()).isNotEmpty();
	}

	@Test
	void aBadTokenIsRefusedOnHealthToo() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.build()
			.get()
			.uri("/actuator/health")
			.header("Authorization", "Bearer " + TestTokens.expired("operations", Right.MANAGEMENT))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
