package be.duaalatlas.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing waits on the engine outside a request's budget (issue: a hostile client found
 * that, with the engine stopped right after a write, {@code place} and {@code roleMap}
 * took 13 s and health 20 s). On an engine of this test's own, with the answer cache on:
 * a write, then SIGSTOP; answers from memory come at once and show the write, what needs
 * the engine answers SEARCH_UNAVAILABLE within the 3 s budget (a public write too), and
 * health answers 503 within 2 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.engine.work-dir=target/engine/waits-test", "atlas.engine.heap=384m",
				"atlas.engine.start-timeout=300s", "atlas.index.prefix=waits-", "atlas.limits.request-timeout=3s" })
@ActiveProfiles("dev")
class EngineWaitsTest {

	/** The request budget. */
	private static final Duration BUDGET = Duration.ofSeconds(3);

	/** What a loaded 2-core machine adds to answering. */
	private static final Duration SLACK = Duration.ofMillis(1500);

	private static final String OWNER = "sp-hout-meubel";

	private static final String PLACE = "{ place(postcode: \"9000\") { name { value } municipality { nisCode } } }";

	private static final String ROLE_MAP = GraphQlDocuments.text("engine/roleMap");

	private static final String READ = "{ stakeholder(id: \"" + OWNER + "\") { version } }";

	private static final String DESCRIBE = GraphQlDocuments.text("engine/describeStakeholderRoles");

	private static final String REPORT = GraphQlDocuments.text("engine/reportListing");

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

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
	void withTheEngineStoppedRightAfterAWriteNothingWaitsOutsideTheBudget() throws Exception {
		// the sample catalogue is in (a machine running other builds takes a while)
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			for (String query : List.of(PLACE, ROLE_MAP, READ)) {
				JsonNode answer = post(query, null);
				assertThat(ok(answer)).as(answer.toString()).isTrue();
			}
		});
		String described = "Mentoren hout en meubel, beschreven om " + System.nanoTime();
		JsonNode written = post(DESCRIBE,
				Map.of("input",
						Map.of("stakeholder", OWNER, "roles",
								List.of(Map.of("role", "TRAIN_MENTORS", "description", Map.of("nl", described)))),
						"version", version()),
				token(OWNER, Right.STAKEHOLDER));
		assertThat(ok(written)).as(written.toString()).isTrue();

		stopped = Long.parseLong(Files.readString(properties.workDir().resolve("engine.pid")).trim());
		signal("STOP", stopped);

		// from memory, at once, and already showing the write: the best of three, so
		// that one scheduling hiccup of a busy machine is not taken for a wait
		assertThat(fastest(PLACE, null)).isLessThan(Duration.ofMillis(100));
		assertThat(fastest(ROLE_MAP, null)).isLessThan(Duration.ofMillis(100));
		JsonNode roleMap = post(ROLE_MAP, null);
		assertThat(roleMap.path("data").path("roleMap").findValuesAsText("value")).as(roleMap.toString())
			.contains(described);

		// what only the engine can answer: typed, within the budget
		unavailableWithinBudget("{ programmes(text: \"kok\") { totalCount } }", null);
		unavailableWithinBudget("{ stakeholder(id: \"" + OWNER + "\") { key } }", null);
		unavailableWithinBudget(REPORT,
				Map.of("input", Map.of("id", "Stakeholder:" + OWNER, "reason", "INCORRECT", "comment", "test")));

		long started = System.nanoTime();
		HttpResponse<String> health = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("engine stopped: health answered %d in %d ms%n", health.statusCode(), took.toMillis());
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(took).isLessThan(Duration.ofSeconds(2));

		signal("CONT", stopped);
		stopped = null;
		await().atMost(Duration.ofSeconds(60)).until(() -> version() > 0);
	}

	private int version() throws Exception {
		return post(READ, null).path("data").path("stakeholder").path("version").asInt();
	}

	private Duration fastest(String query, Map<String, Object> variables) throws Exception {
		Duration fastest = null;
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			JsonNode answer = post(query, variables);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("engine stopped: %s answered in %d ms%n", query.strip(), took.toMillis());
			assertThat(ok(answer)).as(answer.toString()).isTrue();
			assertThat(took).isLessThan(BUDGET);
			fastest = fastest == null || took.compareTo(fastest) < 0 ? took : fastest;
		}
		return fastest;
	}

	private void unavailableWithinBudget(String query, Map<String, Object> variables) throws Exception {
		long started = System.nanoTime();
		JsonNode answer = post(query, variables);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("engine stopped: %s answered %s in %d ms%n", query.strip(), answer.path("errors"),
				took.toMillis());
		assertThat(answer.path("errors").path(0).path("extensions").path("classification").asText())
			.as(answer.toString())
			.isEqualTo("SEARCH_UNAVAILABLE");
		assertThat(took).isLessThan(BUDGET.plus(SLACK));
	}

	private static boolean ok(JsonNode answer) {
		return answer.path("errors").isMissingNode() && answer.path("data").isObject();
	}

	private static void signal(String signal, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
	}

	private JsonNode post(String query, Map<String, Object> variables) throws Exception {
		return post(query, variables, null);
	}

	private JsonNode post(String query, Map<String, Object> variables, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		Map<String, Object> body = variables == null ? Map.of("query", query)
				: Map.of("query", query, "variables", variables);
		return json.readTree(
				http.send(request.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
						HttpResponse.BodyHandlers.ofString())
					.body());
	}

}
