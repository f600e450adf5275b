package be.duaalatlas.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Engine faults on an engine of this test's own (own work folder, own Spring context), so
 * that stopping and killing it leaves the engine the rest of the suite shares alone: a
 * hung engine (SIGSTOP) makes requests answer SEARCH_UNAVAILABLE within the request
 * timeout while in-memory answers still come; a killed engine (SIGKILL) is started again
 * by the watchdog and queries succeed again without restarting the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.engine.work-dir=target/engine/fault-test", "atlas.engine.heap=384m",
				"atlas.engine.start-timeout=300s", "atlas.index.prefix=fault-", "atlas.limits.request-timeout=3s",
				// the engine is what is asked here, not an answer the service kept
				"atlas.answer-cache.enabled=false" })
class EngineFaultsTest {

	/** The request timeout, plus what a loaded 2-core machine adds to answering. */
	private static final Duration BOUND = Duration.ofSeconds(3);

	private static final ObjectMapper json = new ObjectMapper();

	/**
	 * Reads every live index's state from the engine: answers whatever the sample import
	 * managed on a busy machine.
	 */
	private static final String ENGINE_QUERY = "{ catalogueStatus { generation kinds { kind records } } }";

	/** Held in memory per catalogue generation. */
	private static final String IN_MEMORY_QUERY = "{ roleMap { role } }";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedEngine engine;

	@Autowired
	EngineProperties properties;

	private Long stopped;

	@AfterEach
	void resume() throws Exception {
		if (stopped != null) {
			signal("CONT", stopped);
		}
	}

	@Test
	void aHungEngineMakesRequestsAnswerSearchUnavailableWithinTheBound() throws Exception {
		// the engine answers (a machine running other builds can take longer than the 3 s
		// at first)
		await().atMost(Duration.ofSeconds(120))
			.until(() -> post(ENGINE_QUERY).path("errors").isMissingNode()
					&& post(IN_MEMORY_QUERY).path("errors").isMissingNode());
		stopped = serverPid();
		signal("STOP", stopped);
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			JsonNode answer = post(ENGINE_QUERY);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("engine stopped: request %d answered %s in %d ms%n", i,
					answer.path("errors").path(0).path("extensions").path("classification").asText(), took.toMillis());
			assertThat(answer.path("errors").path(0).path("extensions").path("classification").asText())
				.isEqualTo("SEARCH_UNAVAILABLE");
			assertThat(took).isLessThan(BOUND.plusSeconds(3));
		}
		// in memory per catalogue generation: answered without the engine
		JsonNode inMemory = post(IN_MEMORY_QUERY);
		assertThat(inMemory.path("errors").isMissingNode()).as(inMemory.toString()).isTrue();
		signal("CONT", stopped);
		stopped = null;
		await().atMost(Duration.ofSeconds(60)).until(() -> post(ENGINE_QUERY).path("errors").isMissingNode());
	}

	@Test
	void aKilledEngineIsStartedAgainAndQueriesSucceedWithoutARestart() throws Exception {
		long killed = serverPid();
		signal("KILL", killed);
		await().atMost(Duration.ofSeconds(30)).until(() -> !engine.isAlive() || serverPid() != killed);
		await().atMost(Duration.ofSeconds(300))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> post(ENGINE_QUERY).path("errors").isMissingNode());
		assertThat(serverPid()).isNotEqualTo(killed);
		JsonNode health = json.readTree(
				http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
					.body());
		System.out
			.println("health after the engine was killed: " + health.path("components").path("embeddedEngineWatchdog"));
	}

	private long serverPid() throws Exception {
		return Long.parseLong(Files.readString(properties.workDir().resolve("engine.pid")).trim());
	}

	private static void signal(String signal, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
	}

	private JsonNode post(String query) throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body());
	}

}
