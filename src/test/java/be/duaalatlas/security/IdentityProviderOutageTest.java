package be.duaalatlas.security;

import java.time.Duration;
import java.util.Map;

import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.TestEngine;
import be.duaalatlas.devidentity.DevIdentityProvider;
import be.duaalatlas.portal.PortalTesting;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as production runs it (no {@code dev} profile: only {@code issuer-uri}) in
 * front of an identity provider of this test's own, which goes down and comes back and
 * rotates its keys. Provider down at the service's start (it has never read the discovery
 * document) and later (a token names a key the service has not fetched yet): reads go on,
 * a request with a token answers 503 {@code AUTHENTICATION_UNAVAILABLE}, never
 * {@code INTERNAL_ERROR}, and the same token works once the provider is back, without
 * restarting the service. Key rotation: tokens of a new key are accepted at once; once a
 * key is no longer published, its tokens are refused with 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.index.prefix=test-", "atlas.answer-cache.enabled=false",
				"atlas.rate-limit.anonymous.burst=1000000", "atlas.rate-limit.anonymous.requests-per-minute=1000000",
				"atlas.limits.request-timeout=0s", "atlas.limits.mutation-timeout=0s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityProviderOutageTest {

	static final int PROVIDER_PORT = DevIdentityProvider.freePort();

	static final String READ = "{ programme(code: \"kapper-stylist-duaal\") { code } }";

	/** A write that reaches the version check once the token is accepted. */
	static final String WRITE = GraphQlDocuments.text("security/setWorkplaceAvailability");

	static DevIdentityProvider provider;

	/** Issued before the provider went down, as a partner's app holds one. */
	static String issuedBeforeTheOutage;

	static String owner;

	static String establishment;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void productionConfiguration(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", TestEngine::url);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "http://localhost:" + PROVIDER_PORT);
	}

	@BeforeAll
	static void aTokenThenTheProviderGoesDown() {
		provider = DevIdentityProvider.start(PROVIDER_PORT);
		owner = "0400.003.254";
		establishment = "2.100.000.032";
		issuedBeforeTheOutage = TestTokens.issued(provider, Duration.ofMinutes(30), owner, Right.WORKPLACES);
		provider.stop();
	}

	@AfterAll
	static void stopTheProvider() {
		provider.stop();
	}

	@Test
	@Order(1)
	void providerDownAtTheServicesStartReadsGoOnWritesAreUnavailableThenRecover() {
		readsGoOn();
		unavailable(issuedBeforeTheOutage);

		provider.startAgain();

		accepted(issuedBeforeTheOutage);
	}

	@Test
	@Order(2)
	void aNewKeyIsAcceptedWithoutARestartAndAKeyNoLongerPublishedIsRefused() {
		String first = token();
		accepted(first);

		provider.keys().rotate();
		String second = token();
		accepted(second);
		// the first key is still published: its tokens stay good
		accepted(first);

		provider.keys().rotate();
		provider.keys().retireOld();
		String third = token();
		// the service fetches the key set again for the key it has not seen
		accepted(third);
		for (String retired : new String[] { first, second }) {
			PortalTesting.refusedWith401(port, retired, WRITE, Map.of("e", establishment), "no matching key");
		}
	}

	@Test
	@Order(3)
	void providerDownLaterReadsGoOnTokensOfKnownKeysTooAndANewKeyWaitsForTheProvider() {
		String known = token();
		accepted(known);
		provider.keys().rotate();
		String ofANewKey = token();

		provider.stop();

		readsGoOn();
		// the key set the service holds still checks the tokens of the keys in it
		accepted(known);
		unavailable(ofANewKey);

		provider.startAgain();

		accepted(ofANewKey);
	}

	private String token() {
		return TestTokens.issued(provider, Duration.ofMinutes(30), owner, Right.WORKPLACES);
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	private WebTestClient.ResponseSpec post(String token, String document, Map<String, Object> variables) {
		WebTestClient.RequestBodySpec request = client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.bodyValue(Map.of("query", document, "variables", variables)).exchange();
	}

	private void readsGoOn() {
		post(null, READ, Map.of()).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.value(body -> assertThat(body.path("data").path("programme").path("code").asText()).as(body.toString())
				.isEqualTo("kapper-stylist-duaal"));
	}

	/** 503 with a typed error that says authentication is unavailable. */
	private void unavailable(String token) {
		post(token, WRITE, Map.of("e", establishment)).expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody(JsonNode.class)
			.value(body -> {
				JsonNode error = body.path("errors").path(0);
				assertThat(error.path("extensions").path("classification").asText()).as(body.toString())
					.isEqualTo("AUTHENTICATION_UNAVAILABLE");
				assertThat(error.path("message").asText()).startsWith("Authentication is unavailable")
					.doesNotContain("Exception");
				assertThat(body.has("data")).isFalse();
			});
	}

	/**
	 * The token is accepted: the write gets through authentication and the ownership
	 * check to the version check (the stale version leaves the workplace as it is).
	 */
	private void accepted(String token) {
		post(token, WRITE, Map.of("e", establishment)).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.value(body -> assertThat(body.path("errors").path(0).path("extensions").path("classification").asText())
				.as(body.toString())
				.isEqualTo("CONFLICT"));
	}

}
