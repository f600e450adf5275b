package be.duaalatlas.deployment;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar the build packaged, started as docs/deployment.md starts it ({@code java -jar},
 * embedded engine, sample catalogue), in the {@code integration-test} phase after
 * {@code package}: the tests before it run on the test classpath, which can hold what the
 * jar lacks (a JSON-P implementation declared with scope test once left the packaged
 * service unable to read any answer of the engine, never ready, while every other test
 * passed). Ready only once warmed up ({@code graphql/WarmUp}).
 */
class PackagedJarIT {

	private static final Path WORK = Path.of("target/packaged-jar");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Process service;

	private static int port;

	@BeforeAll
	static void startTheJar() throws IOException {
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		port = freePort();
		service = new ProcessBuilder(
				List.of(java(), "-Xmx384m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar().toAbsolutePath().toString(),
						"--server.port=" + port, "--atlas.engine.work-dir=" + WORK.resolve("engine").toAbsolutePath()))
			.redirectErrorStream(true)
			.redirectOutput(WORK.resolve("service.log").toFile())
			.start();
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("duaal-atlas-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run the package phase"));
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@AfterAll
	static void stopTheJar() throws InterruptedException {
		if (service != null && service.isAlive()) {
			service.destroy();
			if (!service.waitFor(60, TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
		}
	}

	@Test
	void theJarLoadsTheSampleBecomesReadyAnswersAndStopsOnSigterm() throws Exception {
		await("readiness UP (log: " + WORK.resolve("service.log") + ")").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				assertThat(service.isAlive()).as("the packaged service is running").isTrue();
				return readiness().equals("UP");
			});
		// ready only after it asked itself the contract's queries, every one answered
		assertThat(Files.readString(WORK.resolve("service.log")))
			.containsPattern("Warmed up: [1-9]\\d* requests of the contract's [1-9]\\d* queries in \\d+ ms "
					+ "\\(0 not answered in full\\)");

		JsonNode answer = graphQl("""
				{ catalogueStatus { kinds { kind records } }
				  programmes(text: "elektricien", first: 3) { totalCount edges { node { code } } } }
				""");
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		assertThat(answer.at("/data/programmes/totalCount").asInt()).isPositive();
		assertThat(answer.at("/data/catalogueStatus/kinds").findValues("records"))
			.as("every kind of the sample holds records")
			.allSatisfy((records) -> assertThat(records.asInt()).isPositive());

		// the import command (profile import, no web server) from the same jar, against
		// the running service's engine: its context starts without what only a web
		// application has (a warm-up once needed the GraphQL handler and failed there)
		Matcher engine = Pattern.compile("Embedded Elasticsearch healthy on (http://\\S+)")
			.matcher(Files.readString(WORK.resolve("service.log")));
		assertThat(engine.find()).as("the engine's address in the log").isTrue();
		Process command = new ProcessBuilder(List.of(java(), "-Xmx256m", "-jar", jar().toAbsolutePath().toString(),
				"--spring.profiles.active=import", "--spring.elasticsearch.uris=" + engine.group(1), "reports",
				"workplaces"))
			.redirectErrorStream(true)
			.redirectOutput(WORK.resolve("import-command.log").toFile())
			.start();
		assertThat(command.waitFor(3, TimeUnit.MINUTES)).as("the import command ends").isTrue();
		assertThat(command.exitValue()).as(Files.readString(WORK.resolve("import-command.log"))).isZero();
		assertThat(Files.readString(WORK.resolve("import-command.log"))).contains("workplaces SUCCEEDED");

		service.destroy();
		assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute of SIGTERM").isTrue();
		assertThat(Files.readString(WORK.resolve("service.log"))).doesNotContain("Unable to get a JsonProvider");
	}

	private static String readiness() {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body()).path("status").asText();
		}
		catch (IOException ex) {
			return "not listening";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static JsonNode graphQl(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("query", query))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
