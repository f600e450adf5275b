package be.duaalatlas;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that go through the public GraphQL API: the whole service on a random
 * port, over the suite's one engine, with the sample catalogue loaded once (the Spring
 * context is shared by every subclass). Profile {@code dev}: the local identity provider
 * runs beside the service (on a free port) and the service trusts it through
 * {@code issuer-uri}, as in production; the tests get their tokens from it
 * ({@code security.TestTokens}). Answers are not cached here, so that every test sees
 * what the engine holds and counts the engine requests its question costs
 * ({@code AnswerCacheTest} tests the cache).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.index.prefix=test-", "atlas.answer-cache.enabled=false",
				"atlas.rate-limit.anonymous.burst=1000000", "atlas.rate-limit.anonymous.requests-per-minute=1000000",
				"atlas.rate-limit.open-data.burst=1000000", "atlas.rate-limit.open-data.requests-per-minute=1000000",
				"spring.graphql.cors.allowed-origins=" + AtlasIntegrationTest.WEBSITE,
				// the 3 s bound is tested on an engine of its own, over HTTP
				// (EngineFaultsTest); here the requests run
				// on the calling thread, as MockMvc expects, however long a machine
				// running other builds takes
				"atlas.limits.request-timeout=0s", "atlas.limits.mutation-timeout=0s",
				// the gauges read from the engine in the background are fresh within
				// seconds (MetricsTest)
				"atlas.metrics.refresh-every=5s",
				// the local identity provider on a free port, also where surefire's
				// system
				// property is not set (an IDE)
				"atlas.dev-identity-provider.port=0" })
@AutoConfigureHttpGraphQlTester
// the Prometheus registry as in production (tests leave metrics export off by default)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("dev")
public abstract class AtlasIntegrationTest {

	/**
	 * The one origin (the website's) that may call the API from a browser in these tests.
	 */
	protected static final String WEBSITE = "https://website.test";

	@Autowired
	protected HttpGraphQlTester graphQl;

	@DynamicPropertySource
	static void engine(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", TestEngine::url);
	}

}
