package be.duaalatlas.ingest;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import be.duaalatlas.TestEngine;
import be.duaalatlas.engine.EmbeddedEngine;
import be.duaalatlas.engine.EngineProperties;
import be.duaalatlas.ingest.generator.SampleWorkplaces;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An external cluster ({@code spring.elasticsearch.uris}) that does not answer when the
 * service starts and comes up later: the service starts anyway, alive but not ready, and
 * answers SEARCH_UNAVAILABLE; once the cluster answers it creates the indices and loads
 * the sample without a restart. The "external" cluster is a standalone node of the
 * project's embedded engine on a fixed port, started by this test, not by the service.
 */
class ExternalClusterBackLaterTest {

	private static final Path WORK = Path.of("target/engine/external-cluster-test");

	/**
	 * From the cluster answering to a ready service: at most one back-off (10 s), the
	 * index check and the sample's load (~25 s on an idle 2-core machine); a machine
	 * running other builds takes three times that, so the bound leaves more.
	 */
	private static final Duration READY_AFTER_THE_CLUSTER = Duration.ofSeconds(240);

	@Test
	void notReadyWhileTheClusterIsDownThenReadyWithTheSampleOnceItAnswersWithoutARestart() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		EngineProperties cluster = TestEngine.embeddedProperties(WORK, port);
		EmbeddedEngine.stopLeftover(cluster);
		FileSystemUtils.deleteRecursively(WORK.resolve("data"));
		EmbeddedEngine engine = null;
		try (ServiceStartedAside service = ServiceStartedAside
			.start("--spring.elasticsearch.uris=http://127.0.0.1:" + port, "--atlas.index.prefix=external-")) {
			// nothing answers on the cluster's port: the service starts all the same
			service.context();
			assertThat(service.status("/actuator/health/liveness")).isEqualTo(200);
			assertThat(service.status("/actuator/health/readiness")).isEqualTo(503);
			JsonNode health = service.get("/actuator/health", TestTokens.token("operations", Right.MANAGEMENT));
			JsonNode catalogue = health.path("components").path("catalogueReadiness");
			assertThat(catalogue.path("status").asText()).as(health.toString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(catalogue.path("details").path("state").asText()).isEqualTo("LOADING");
			assertThat(catalogue.path("details").path("problem").asText()).contains("does not answer");
			JsonNode read = service.post("{ programmes(text: \"kapper\") { totalCount } }", null);
			assertThat(read.path("errors").path(0).path("extensions").path("classification").asText())
				.as(read.toString())
				.isEqualTo("SEARCH_UNAVAILABLE");

			long starting = System.nanoTime();
			engine = EmbeddedEngine.start(cluster);
			long up = System.nanoTime();
			await().atMost(READY_AFTER_THE_CLUSTER).pollInterval(Duration.ofMillis(500)).until(service::ready);
			long ready = System.nanoTime();
			System.out.printf("external cluster started in %d s; the service ready %d s after it answered%n",
					Duration.ofNanos(up - starting).toSeconds(), Duration.ofNanos(ready - up).toSeconds());

			Map<String, Long> records = service.sampleRecords();
			System.out.println("after the cluster came: " + records);
			assertThat(records.values()).allSatisfy(count -> assertThat(count).isPositive());
			assertThat(records.get("workplaces")).isEqualTo(SampleWorkplaces.WORKPLACES);
			service.answersASearch();
		}
		finally {
			if (engine != null) {
				engine.close();
			}
		}
	}

}
