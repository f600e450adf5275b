package be.duaalatlas.security;

import java.time.Duration;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.portal.PortalTesting;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A validly signed token must still expire, and soon: one without {@code exp}, one valid
 * for ten years and one issued ten years from now are refused with 401 before anything
 * runs, like any other bad token; a normal token, and one valid for a little less than
 * {@code atlas.security.max-token-lifetime} (24 hours), are accepted. The service checks
 * them as in production: Spring Boot's decoder for {@code issuer-uri} (the local identity
 * provider), to which the lifetime check is added as a validator bean; the ten-year token
 * is one the provider really issues (a client registered so).
 */
class TokenLifetimeTest extends AtlasIntegrationTest {

	static final String STATUS = "{ catalogueStatus { kinds { kind liveIndex } } }";

	@LocalServerPort
	int port;

	private WebTestClient.ResponseSpec post(String token) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.bodyValue(Map.of("query", STATUS))
			.exchange();
	}

	private void refusedWith401(String token, String reason) {
		PortalTesting.refusedWith401(port, token, STATUS, Map.of(), reason);
	}

	/** Accepted: the MANAGEMENT right of the token is read, so the index names show. */
	private void accepted(String token) {
		post(token).expectStatus().isOk().expectBody(JsonNode.class).value(body -> {
			assertThat(body.has("errors")).as(body.toString()).isFalse();
			assertThat(body.path("data").path("catalogueStatus").path("kinds").path(0).path("liveIndex").asText())
				.startsWith("test-");
		});
	}

	@Test
	void aTokenWithoutExpiryIsRefused() {
		refusedWith401(TestTokens.withoutExpiry("operations", Right.MANAGEMENT), "no expiry (exp)");
	}

	@Test
	void aTokenValidForTenYearsIsRefused() {
		refusedWith401(TestTokens.tenYears("operations", Right.MANAGEMENT), "longer than the PT24H");
	}

	@Test
	void aTokenIssuedTenYearsFromNowIsRefused() {
		refusedWith401(TestTokens.issuedInTheFuture("operations", Right.MANAGEMENT), "(exp - now)");
	}

	@Test
	void normalTokensAreStillAccepted() {
		accepted(TestTokens.token("operations", Right.MANAGEMENT));
		accepted(TestTokens.validFor(Duration.ofHours(23), "operations", Right.MANAGEMENT));
	}

}
