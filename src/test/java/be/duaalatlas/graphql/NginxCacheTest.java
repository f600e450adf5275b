package be.duaalatlas.graphql;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestPropertySource;

import static be.duaalatlas.graphql.PersistedGetTest.contractHash;
import static be.duaalatlas.graphql.PersistedGetTest.get;
import static be.duaalatlas.graphql.PersistedGetTest.json;
import static be.duaalatlas.graphql.PersistedGetTest.params;
import static be.duaalatlas.graphql.PersistedGetTest.post;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 26: Debian's nginx in front of the service, caching by nothing but the service's
 * headers. A repeated anonymous GET is served by nginx without reaching the service, an
 * expired answer is revalidated with a 304, a write shows within the generation window,
 * and POSTs and authenticated GETs always reach the service. Requests reaching the
 * service are counted by a filter before all others.
 */
@TestPropertySource(properties = "atlas.http-cache.max-age=" + NginxCacheTest.MAX_AGE_SECONDS + "s")
class NginxCacheTest extends AtlasIntegrationTest {

	static final int MAX_AGE_SECONDS = 2;

	private static final String OWNER = "sp-hout-meubel";

	private static final AtomicInteger gets = new AtomicInteger();

	private static final AtomicInteger posts = new AtomicInteger();

	private static Nginx nginx;

	@LocalServerPort
	int port;

	@TestConfiguration(proxyBeanMethods = false)
	static class RequestsAtTheService {

		@Bean
		FilterRegistrationBean<Filter> countGraphQlRequests() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				HttpServletRequest http = (HttpServletRequest) request;
				if (http.getRequestURI().equals("/graphql")) {
					("GET".equals(http.getMethod()) ? gets : posts).incrementAndGet();
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	@BeforeEach
	void proxy() throws Exception {
		if (nginx == null) {
			nginx = Nginx.inFrontOf(port);
			// the sample catalogue is in and its generation settled (answers made while
			// it still changes are not public): a busy machine takes a while
			String url = "http://localhost:" + port + "/graphql" + params(contractHash("catalogue-status"), null);
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				HttpResponse<String> first = get(url, Map.of());
				HttpResponse<String> again = get(url, Map.of());
				return first.headers().firstValue("ETag").isPresent()
						&& first.headers().firstValue("ETag").equals(again.headers().firstValue("ETag"));
			});
		}
	}

	@AfterAll
	static void stopNginx() {
		if (nginx != null) {
			nginx.close();
			nginx = null;
		}
	}

	@Test
	void aRepeatedGetIsServedByNginxWithoutReachingTheServiceAndRevalidatedWithA304() throws Exception {
		String url = nginx.url("/graphql" + params(contractHash("catalogue-status"), null) + "&t=" + System.nanoTime());
		int before = gets.get();
		HttpResponse<String> first = get(url, Map.of());
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("X-Cache-Status")).as(first.headers().map().toString()).hasValue("MISS");
		assertThat(gets.get()).isEqualTo(before + 1);

		HttpResponse<String> second = get(url, Map.of());
		assertThat(second.headers().firstValue("X-Cache-Status")).as(second.headers().map().toString()).hasValue("HIT");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(gets.get()).as("GETs at the service").isEqualTo(before + 1);

		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> notModified = get(url, Map.of("If-None-Match", etag));
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(gets.get()).as("GETs at the service").isEqualTo(before + 1);

		// once max-age passed, nginx asks again with If-None-Match: the service answers
		// 304
		// without running the query, and nginx serves what it kept
		long started = System.nanoTime();
		AtomicReference<HttpResponse<String>> expired = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(MAX_AGE_SECONDS + 10)).pollInterval(Duration.ofMillis(250)).until(() -> {
			expired.set(get(url, Map.of()));
			return !"HIT".equals(expired.get().headers().firstValue("X-Cache-Status").orElse(""));
		});
		System.out.printf("nginx: the kept answer expired after %d ms (max-age %d s)%n",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), MAX_AGE_SECONDS);
		assertThat(expired.get().headers().firstValue("X-Cache-Status")).hasValue("REVALIDATED");
		assertThat(expired.get().body()).isEqualTo(first.body());
		assertThat(gets.get()).as("GETs at the service: the first and one revalidation").isEqualTo(before + 2);
	}

	@Test
	void aPartnerWriteShowsThroughNginxWithinTheGenerationWindow() throws Exception {
		String url = nginx.url("/graphql" + params(contractHash("catalogue-status"), null) + "&t=" + System.nanoTime());
		String generation = generation(get(url, Map.of()));
		HttpResponse<String> kept = get(url, Map.of());
		assertThat(kept.headers().firstValue("X-Cache-Status")).as(kept.headers() + " " + kept.body()).hasValue("HIT");

		JsonNode written = json.readTree(
				post(nginx.url("/graphql"),
						Map.of("query", """
								mutation($input: StakeholderRolesInput!, $version: Int!) {
								  describeStakeholderRoles(input: $input, version: $version) { stakeholder { version } }
								}
								""", "variables",
								Map.of("input", Map.of("stakeholder", OWNER, "roles",
										List.of(Map.of("role", "TRAIN_MENTORS", "description",
												Map.of("nl", "Mentoren hout, via nginx " + System.nanoTime())))),
										"version", version())),
						Map.of("Authorization", "Bearer " + token(OWNER, Right.STAKEHOLDER)))
					.body());
		assertThat(written.path("errors").isMissingNode()).as(written.toString()).isTrue();
		long writtenAt = System.nanoTime();

		// the window: max-age at nginx, plus the service's re-read of the generation,
		// plus
		// a busy machine's slack
		Duration window = Duration.ofSeconds(MAX_AGE_SECONDS).plus(CatalogueGeneration.RECHECK);
		await().atMost(window.plusSeconds(5))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> !generation(get(url, Map.of())).equals(generation));
		Duration took = Duration.ofNanos(System.nanoTime() - writtenAt);
		System.out.printf("nginx: a write showed through the proxy after %d ms (window %d ms)%n", took.toMillis(),
				window.toMillis());
	}

	@Test
	void postsAndAuthenticatedGetsAlwaysReachTheService() throws Exception {
		Map<String, Object> body = Map.of("query", "query CatalogueStatus { catalogueStatus { generation } }");
		int postsBefore = posts.get();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> post = post(nginx.url("/graphql"), body, Map.of());
			assertThat(post.statusCode()).isEqualTo(200);
			assertThat(post.headers().firstValue("X-Cache-Status").orElse("")).isNotEqualTo("HIT");
		}
		assertThat(posts.get()).as("POSTs at the service").isEqualTo(postsBefore + 2);

		String url = nginx.url("/graphql" + params(contractHash("catalogue-status"), null) + "&t=" + System.nanoTime());
		String bearer = "Bearer " + token(OWNER, Right.STAKEHOLDER);
		int getsBefore = gets.get();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> get = get(url, Map.of("Authorization", bearer));
			assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
			assertThat(get.headers().firstValue("Cache-Control")).hasValue("private, no-store");
			assertThat(get.headers().firstValue("X-Cache-Status").orElse("")).isNotEqualTo("HIT");
		}
		assertThat(gets.get()).as("authenticated GETs at the service").isEqualTo(getsBefore + 2);

		// nor is an anonymous answer kept for the URL given to a token holder
		assertThat(get(url, Map.of()).headers().firstValue("X-Cache-Status")).hasValue("MISS");
		assertThat(get(url, Map.of("Authorization", bearer)).headers().firstValue("X-Cache-Status").orElse(""))
			.isNotEqualTo("HIT");
		assertThat(gets.get()).isEqualTo(getsBefore + 4);
	}

	private static String generation(HttpResponse<String> answer) throws IOException {
		String generation = json.readTree(answer.body())
			.path("data")
			.path("catalogueStatus")
			.path("generation")
			.asText();
		assertThat(generation).as(answer.body()).isNotEmpty();
		return generation;
	}

	private int version() throws Exception {
		return json
			.readTree(post("http://localhost:" + port + "/graphql",
					Map.of("query", "{ stakeholder(id: \"" + OWNER + "\") { version } }"), Map.of())
				.body())
			.path("data")
			.path("stakeholder")
			.path("version")
			.asInt();
	}

}
