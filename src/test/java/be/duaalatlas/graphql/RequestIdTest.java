package be.duaalatlas.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner can quote a request id: every answer has it in {@code X-Request-Id}, every
 * error in {@code extensions.requestId}, and every log line of the request carries it,
 * here with structured (ECS JSON) logs and the request run off the servlet thread, as in
 * production (a request timeout).
 */
@TestPropertySource(properties = { "logging.structured.format.console=ecs", "atlas.limits.request-timeout=30s",
		// a bad argument is logged (at debug) where it is resolved, on the request's
		// worker thread
		"logging.level.be.duaalatlas.graphql.ErrorMapping=debug" })
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String UNKNOWN_POSTCODE = "{ search(near: { postcode: \"0000\" }) { totalCount } }";

	@LocalServerPort
	int port;

	/**
	 * Spring Boot sets logging up once per JVM while no context has closed: a context of
	 * an earlier test class has set it up already, so this test's context could not turn
	 * structured logs on.
	 */
	@BeforeAll
	static void letThisContextSetLoggingUp() {
		LoggingSystem.get(RequestIdTest.class.getClassLoader()).cleanUp();
	}

	/**
	 * Plain logs again for the tests after this one (some read plain log lines), also in
	 * contexts cached from before, which do not set logging up again; Spring Boot keeps
	 * the format in a system property that a later context does not clear.
	 */
	@AfterAll
	static void plainLogsAgain(@Autowired ConfigurableEnvironment environment) {
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		StandardEnvironment withoutThisTestsProperties = new StandardEnvironment();
		// "configurationProperties" is a view of all the others, this test's included
		environment.getPropertySources()
			.stream()
			.filter(source -> !source.getName().startsWith("Inlined Test Properties")
					&& !source.getName().equals("configurationProperties"))
			.forEach(withoutThisTestsProperties.getPropertySources()::addLast);
		LoggingSystem logging = LoggingSystem.get(RequestIdTest.class.getClassLoader());
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(withoutThisTestsProperties), null, null);
		// as application.yml has it
		logging.setLogLevel("org.elasticsearch.client.RestClient", LogLevel.ERROR);
	}

	private HttpResponse<String> post(String requestId, String query) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))));
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String header(HttpResponse<String> response) {
		return response.headers().firstValue("X-Request-Id").orElseThrow();
	}

	private static JsonNode firstError(HttpResponse<String> response) throws JsonProcessingException {
		return json.readTree(response.body()).path("errors").path(0);
	}

	@Test
	void anErrorsRequestIdIsTheHeadersAndIsOnThatRequestsLogLines(CapturedOutput output) throws Exception {
		HttpResponse<String> response = post("partner-trace.42", UNKNOWN_POSTCODE);
		assertThat(header(response)).isEqualTo("partner-trace.42");
		JsonNode error = firstError(response);
		assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("extensions").path("requestId").asText()).isEqualTo("partner-trace.42");

		List<JsonNode> lines = output.getOut()
			.lines()
			.filter(line -> line.contains("partner-trace.42"))
			.map(RequestIdTest::parse)
			.toList();
		assertThat(lines).as("the request's log lines").isNotEmpty();
		assertThat(lines).as("structured, with the id as a field")
			.allSatisfy(line -> assertThat(line.path("requestId").asText()).isEqualTo("partner-trace.42"));
		assertThat(lines).as("the bad argument's line, logged off the servlet thread").anySatisfy(line -> {
			assertThat(line.path("message").asText()).contains("BAD_REQUEST").contains("near.postcode");
			assertThat(line.path("process").path("thread").path("name").asText()).doesNotStartWith("http-nio");
		});
	}

	@Test
	void anIdThatIsNotAShortSafeTokenIsReplacedByOneOfTheService() throws Exception {
		for (String given : List.of("x".repeat(65), "a b", "<script>", "id\"quoted\"")) {
			HttpResponse<String> response = post(given, UNKNOWN_POSTCODE);
			String id = header(response);
			assertThat(id).isNotEqualTo(given).matches("[0-9a-f-]{36}");
			assertThat(firstError(response).path("extensions").path("requestId").asText()).isEqualTo(id);
		}
		HttpResponse<String> none = post(null, UNKNOWN_POSTCODE);
		assertThat(firstError(none).path("extensions").path("requestId").asText()).isEqualTo(header(none));
		assertThat(header(post(null, UNKNOWN_POSTCODE))).as("a new id per request").isNotEqualTo(header(none));
	}

	@Test
	void refusalsOutsideGraphQlCarryTheIdToo() throws Exception {
		HttpResponse<String> notFound = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
				.header("X-Request-Id", "lost-42")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(header(notFound)).isEqualTo("lost-42");
		assertThat(firstError(notFound).path("extensions").path("requestId").asText()).isEqualTo("lost-42");
		HttpResponse<String> notGraphQl = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("X-Request-Id", "not-json-7")
				.POST(HttpRequest.BodyPublishers.ofString("[1, 2"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notGraphQl.statusCode()).isEqualTo(400);
		assertThat(firstError(notGraphQl).path("extensions").path("requestId").asText()).isEqualTo("not-json-7");
		HttpResponse<String> tooCostly = post("costly-9",
				"{ search(first: 100) { edges { node { " + "__typename ".repeat(1_500) + " } } } }");
		assertThat(firstError(tooCostly).path("extensions").path("classification").asText())
			.isEqualTo("QUERY_TOO_COSTLY");
		assertThat(firstError(tooCostly).path("extensions").path("requestId").asText()).isEqualTo("costly-9");
	}

	private static JsonNode parse(String line) {
		try {
			return json.readTree(line);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("not a JSON log line: " + line, ex);
		}
	}

}
