package be.duaalatlas.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import be.duaalatlas.DuaalAtlasApplication;
import be.duaalatlas.TestEngine;
import be.duaalatlas.engine.EmbeddedEngine;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness, liveness and convergence on an engine of this test's own (own work folder,
 * emptied first: a cold start), with the service started here so that its start can be
 * watched and disturbed: readiness is OUT_OF_SERVICE and GraphQL answers
 * SEARCH_UNAVAILABLE while the sample loads; the engine killed (SIGKILL) during start-up
 * is started again by the watchdog and the service, without a restart, loads the whole
 * sample catalogue and becomes ready; an engine killed later takes readiness, never
 * liveness, and a write accepted before it is there after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessAndConvergenceTest {

	private static final Path WORK = Path.of("target/engine/readiness-test");

	/**
	 * From an engine killed to a ready service: the watchdog's restart (~15 s), at most
	 * one back-off (10 s) and the sample's load (~25 s) on an idle 2-core machine; 138 s
	 * were measured on one running other builds (load average 15), so the bound leaves
	 * twice that.
	 */
	private static final Duration READY_AFTER_A_KILL = Duration.ofSeconds(300);

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static int port;

	private static CompletableFuture<ConfigurableApplicationContext> service;

	@BeforeAll
	static void startTheServiceOnAnEmptyEngine() throws IOException {
		EmbeddedEngine.stopLeftover(TestEngine.embeddedProperties(WORK, 0));
		FileSystemUtils.deleteRecursively(WORK.resolve("data"));
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		// started aside: its start (engine, indices, sample) is what the tests watch
		service = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(DuaalAtlasApplication.class).profiles("dev")
				.run("--server.port=" + port, "--atlas.engine.work-dir=" + WORK, "--atlas.engine.heap=384m",
						"--atlas.engine.start-timeout=300s", "--atlas.index.prefix=ready-",
						"--atlas.answer-cache.enabled=false", "--atlas.rate-limit.anonymous.burst=1000000",
						"--atlas.rate-limit.anonymous.requests-per-minute=1000000",
						// what is tested is being ready, not the 3 s budget
						// (EngineFaultsTest): the
						// first text search of a just-loaded engine took longer on a busy
						// machine
						"--atlas.limits.request-timeout=0s", "--atlas.limits.mutation-timeout=0s"));
	}

	@AfterAll
	static void stop() {
		service.join().close();
	}

	@Test
	@Order(1)
	void notReadyUntilTheSampleIsSearchableThenReadyAfterAnEngineKilledAtStartWithoutARestart() throws Exception {
		// the web server answers once the engine runs; the indices and the sample come
		// after
		await().atMost(Duration.ofSeconds(300))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> status("/actuator/health/readiness") > 0);
		JsonNode readiness = get("/actuator/health/readiness");
		assertThat(readiness.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
		// probes are anonymous: the status, never the details
		assertThat(readiness.has("components")).as(readiness.toString()).isFalse();
		JsonNode early = post(
				"{ place(postcode: \"9000\") { name { value } } programmes(text: \"kapper\") { totalCount } }", null);
		assertThat(early.path("errors").path(0).path("extensions").path("classification").asText())
			.isEqualTo("SEARCH_UNAVAILABLE");
		assertThat(early.path("errors").path(0).path("message").asText()).contains("loading");
		assertThat(early.path("data").path("place").isMissingNode() || early.path("data").path("place").isNull())
			.as(early.toString())
			.isTrue();

		signal("KILL", enginePid());
		long killed = System.nanoTime();
		await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health/liveness") == 200);
		assertThat(status("/actuator/health/readiness")).isEqualTo(503);

		await().atMost(READY_AFTER_A_KILL)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> status("/actuator/health/readiness") == 200);
		System.out.printf("ready %d s after the engine was killed during start-up%n",
				Duration.ofNanos(System.nanoTime() - killed).toSeconds());

		// ready means served: the whole sample, at once
		JsonNode kinds = post("{ catalogueStatus { kinds { kind records lastSuccessfulImport definitionCurrent } } }",
				null)
			.path("data")
			.path("catalogueStatus")
			.path("kinds");
		System.out.println("after the kill at start: " + kinds);
		Map<String, JsonNode> byKind = new HashMap<>();
		kinds.forEach(kind -> byKind.put(kind.path("kind").asText(), kind));
		assertThat(byKind).containsKeys(SampleCatalogue.LAYOUT.keySet().toArray(String[]::new));
		SampleCatalogue.LAYOUT.keySet().forEach(kind -> {
			JsonNode status = byKind.get(kind);
			assertThat(status.path("records").asLong()).as(kind).isPositive();
			assertThat(status.path("lastSuccessfulImport").isTextual()).as(kind).isTrue();
			assertThat(status.path("definitionCurrent").asBoolean()).as(kind).isTrue();
		});
		assertThat(byKind.get("workplaces").path("records").asLong()).isEqualTo(SampleCatalogue.SAMPLE_WORKPLACES);
		JsonNode answer = post(
				"{ place(postcode: \"9000\") { name { value } } programmes(text: \"kapper\") { totalCount } }", null);
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		assertThat(answer.path("data").path("place").path("name").path("value").asText()).isEqualTo("Gent");
		assertThat(answer.path("data").path("programmes").path("totalCount").asInt()).isPositive();
	}

	@Test
	@Order(2)
	void anEngineOutageTakesReadinessNotLivenessAndAWriteAcceptedBeforeItStays() throws Exception {
		await().atMost(READY_AFTER_A_KILL).until(() -> status("/actuator/health/readiness") == 200);
		JsonNode workplace = post(
				"{ search(filter: { kinds: [WORKPLACE] }, sort: NAME, first: 1) { edges { node { ... on Workplace { establishmentNumber enterpriseNumber version places } } } } }",
				null)
			.path("data")
			.path("search")
			.path("edges")
			.path(0)
			.path("node");
		String establishment = workplace.path("establishmentNumber").asText();
		int version = workplace.path("version").asInt();
		int places = workplace.path("places").asInt(0) == 7 ? 8 : 7;
		JsonNode written = post("""
				mutation($input: WorkplaceAvailabilityInput!) {
				  setWorkplaceAvailability(input: $input) { workplace { version places } }
				}""",
				Map.of("input",
						Map.of("establishmentNumber", establishment, "version", version, "lookingForLearner", true,
								"places", places)),
				TestTokens.token(workplace.path("enterpriseNumber").asText(), Right.WORKPLACES));
		assertThat(written.path("data").path("setWorkplaceAvailability").path("workplace").path("version").asInt())
			.as(written.toString())
			.isEqualTo(version + 1);

		signal("KILL", enginePid());
		long killed = System.nanoTime();
		// within one check (2 s) and a connection refused
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> status("/actuator/health/readiness") == 503);
		assertThat(get("/actuator/health/liveness").path("status").asText()).isEqualTo("UP");
		assertThat(status("/actuator/health/liveness")).isEqualTo(200);

		await().atMost(READY_AFTER_A_KILL)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> status("/actuator/health/readiness") == 200);
		System.out.printf("ready %d s after the engine of a ready service was killed%n",
				Duration.ofNanos(System.nanoTime() - killed).toSeconds());
		JsonNode read = post("query($e: String!) { workplace(establishmentNumber: $e) { version places } }",
				Map.of("e", establishment));
		assertThat(read.path("data").path("workplace").path("places").asInt()).as(read.toString()).isEqualTo(places);
		assertThat(read.path("data").path("workplace").path("version").asInt()).isEqualTo(version + 1);
	}

	private static long enginePid() throws IOException {
		return Long.parseLong(Files.readString(WORK.resolve("engine.pid")).trim());
	}

	private static void signal(String signal, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
	}

	/** The HTTP status of a GET, or -1 while nothing answers on the port. */
	private static int status(String path) {
		try {
			return http.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static JsonNode get(String path) throws Exception {
		return json.readTree(http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}

	private static JsonNode post(String query, Map<String, Object> variables) throws Exception {
		return post(query, variables, null);
	}

	private static JsonNode post(String query, Map<String, Object> variables, String token) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", variables);
		}
		HttpRequest.Builder request = request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

}
