package be.duaalatlas.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import be.duaalatlas.TestEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded engine's own lifecycle: clear errors, and recovery from a service that was
 * killed.
 */
class EmbeddedEngineTest {

	@Test
	void aMissingDistributionSaysHowToGetIt() {
		EngineProperties defaults = TestEngine.embeddedProperties(Path.of("target/engine/missing-test"), 0);
		EngineProperties missing = new EngineProperties(Path.of("target/no-such-elasticsearch"),
				defaults.pluginBundle(), defaults.workDir(), 0, "256m", Duration.ofSeconds(5), defaults.systemUser(),
				Duration.ofSeconds(60));
		assertThatThrownBy(() -> EmbeddedEngine.start(missing)).isInstanceOf(EngineStartException.class)
			.hasMessageContaining("distribution is missing")
			.hasMessageContaining("./mvnw");
	}

	@Test
	void aTakenPortIsNamedWithTheWayOut() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			EngineProperties properties = TestEngine.embeddedProperties(Path.of("target/engine/port-test"),
					taken.getLocalPort());
			assertThatThrownBy(() -> EmbeddedEngine.start(properties)).isInstanceOf(EngineStartException.class)
				.hasMessageContaining("Port " + taken.getLocalPort())
				.hasMessageContaining("atlas.engine.port");
		}
	}

	@Test
	void anEngineLeftByAKilledServiceIsStoppedAndReplacedOnTheNextStart() throws Exception {
		EngineProperties properties = TestEngine.embeddedProperties(Path.of("target/engine/leftover-test"), 0);
		// the first engine is never closed, as when its service is killed with SIGKILL
		EmbeddedEngine orphan = EmbeddedEngine.start(properties);
		List<ProcessHandle> orphanProcesses = orphan.pids()
			.stream()
			.flatMap(pid -> ProcessHandle.of(pid).stream())
			.toList();
		assertThat(healthStatus(orphan.url())).isEqualTo(200);

		try (EmbeddedEngine next = EmbeddedEngine.start(properties)) {
			assertThat(healthStatus(next.url())).isEqualTo(200);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(orphanProcesses).noneMatch(ProcessHandle::isAlive));
		}
	}

	private static int healthStatus(String url) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
