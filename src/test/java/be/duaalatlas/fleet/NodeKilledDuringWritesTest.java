package be.duaalatlas.fleet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import be.duaalatlas.engine.LocalCluster;
import be.duaalatlas.fleet.FleetTraffic.Read;
import be.duaalatlas.fleet.FleetTraffic.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on a three-node cluster of its own ({@code spring.elasticsearch.uris}
 * naming every node), partner writes and public reads under way, and the node holding the
 * write journal's primary is killed (SIGKILL), then started again: no write the API
 * accepted is lost, each is in {@code changes} under its number and in the order of its
 * record's versions, the numbering has no gap or duplicate, and reads go on answering (a
 * failure only typed SEARCH_UNAVAILABLE).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.index.prefix=fleet-", "atlas.answer-cache.enabled=false",
				"atlas.rate-limit.anonymous.burst=1000000", "atlas.rate-limit.anonymous.requests-per-minute=1000000" })
@ActiveProfiles("dev")
// the service goes with its cluster: no later test class gets this context
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NodeKilledDuringWritesTest {

	private static LocalCluster cluster;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", () -> cluster().uris());
	}

	private static synchronized LocalCluster cluster() {
		if (cluster == null) {
			cluster = LocalCluster.start(Path.of("target/engine/fleet-test"), 3, "384m");
		}
		return cluster;
	}

	@AfterAll
	static void stopCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void aKilledNodeLosesNoAcceptedWriteAndTheJournalStaysGapFree() throws Exception {
		String graphql = "http://127.0.0.1:" + port + "/graphql";
		// whatever another test of this class left: a settled cluster, and each read
		// asked once before it is counted (the first answers of a cold cluster on a
		// loaded machine can take longer than a read's 3 s budget)
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> "green".equals(cluster.health()));
		FleetTraffic.contractOperations().forEach(operation -> GraphQlOverHttp.post(graphql, operation, null, null));
		List<List<Target>> writers = FleetTraffic.writers(graphql, 2, 3);
		List<String> health = new CopyOnWriteArrayList<>();
		ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor();
		monitor.scheduleWithFixedDelay(() -> health.add(System.currentTimeMillis() + " " + cluster.health()), 0, 250,
				TimeUnit.MILLISECONDS);
		FleetTraffic traffic = FleetTraffic.start(List.of(graphql), 1, writers, 1);
		try {
			await().atMost(Duration.ofMinutes(2)).until(() -> traffic.accepted().size() >= 30);
			int victim = cluster.primaryOf("fleet-write-journal");
			assertThat(victim).as("a node holds the journal's primary").isNotNegative();
			long killedAt = System.currentTimeMillis();
			cluster.kill(victim);
			int atKill = traffic.accepted().size();
			// writes go on while the node is down, and while it starts again
			await().atMost(Duration.ofMinutes(2)).until(() -> traffic.accepted().size() >= atKill + 40);
			cluster.restart(victim);
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> "green".equals(cluster.health()));
			long greenAt = System.currentTimeMillis();
			int atGreen = traffic.accepted().size();
			await().atMost(Duration.ofMinutes(1)).until(() -> traffic.accepted().size() >= atGreen + 10);
			traffic.close();
			monitor.shutdownNow();

			List<Read> reads = traffic.reads(read -> true);
			List<Read> failed = traffic.reads(read -> read.failure() != null);
			System.out.printf(
					"node-killed test: %d writes accepted, %d not (%s); %d reads, %d failed (%s); killed %s at %d, green"
							+ " again after %d ms%n",
					traffic.accepted().size(), traffic.refused().size(),
					traffic.refused()
						.stream()
						.collect(Collectors.groupingBy(FleetTraffic.Refused::failure, Collectors.counting())),
					reads.size(), failed.size(),
					failed.stream().collect(Collectors.groupingBy(Read::failure, Collectors.counting())),
					cluster.name(victim), killedAt, greenAt - killedAt);
			JournalCheck check = JournalCheck.of(graphql, traffic.accepted(), traffic.errorAnswers());
			System.out.println("node-killed test: " + check);

			assertThat(traffic.accepted().size()).isGreaterThanOrEqualTo(80);
			assertThat(check.problems()).isEmpty();
			assertThat(check.clean()).isTrue();
			// a read may fail only while the cluster is red (a shard with no copy left),
			// and then typed: the engine was out of reach, try again
			assertThat(failed).allSatisfy(read -> assertThat(read.failure()).isEqualTo("SEARCH_UNAVAILABLE"));
			assertThat(failed).allSatisfy(read -> assertThat(redAround(health, read.at()))
				.as("the cluster was red around a failed read at %d: %s", read.at(), summary(health))
				.isTrue());
			assertThat(traffic.refused())
				.allSatisfy(write -> assertThat(write.failure()).isIn("SEARCH_UNAVAILABLE", "CONFLICT"));
		}
		finally {
			traffic.close();
			monitor.shutdownNow();
			System.out.println("node-killed test: cluster health samples " + summary(health));
		}
	}

	/**
	 * The node holding the journal's primary stops answering (SIGSTOP) for longer than a
	 * request's 3 s budget while writes are under way: the journal's creates in flight
	 * get no answer, are sent again under the same number and kept once when the node
	 * goes on (SIGCONT). No accepted write lost, no number twice, no (record, version)
	 * twice.
	 */
	@Test
	void aNodeThatHangsDuringWritesKeepsEachAcceptedWriteOnce() throws Exception {
		String graphql = "http://127.0.0.1:" + port + "/graphql";
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> "green".equals(cluster.health()));
		List<List<Target>> writers = FleetTraffic.writers(graphql, 2, 3);
		FleetTraffic traffic = FleetTraffic.start(List.of(graphql), 0, writers, 1);
		int victim = cluster.primaryOf("fleet-write-journal");
		assertThat(victim).as("a node holds the journal's primary").isNotNegative();
		try {
			await().atMost(Duration.ofMinutes(2)).until(() -> traffic.accepted().size() >= 20);
			cluster.pause(victim);
			try {
				int atPause = traffic.accepted().size();
				// for 6 s, past a request's 3 s budget, the frozen journal takes no write
				// but those a writer had already sent (one each)
				await().during(Duration.ofSeconds(6))
					.atMost(Duration.ofSeconds(8))
					.until(() -> traffic.accepted().size() <= atPause + writers.size());
			}
			finally {
				cluster.resume(victim);
			}
			int atResume = traffic.accepted().size();
			await().atMost(Duration.ofMinutes(2)).until(() -> traffic.accepted().size() >= atResume + 20);
			traffic.close();

			JournalCheck check = JournalCheck.of(graphql, traffic.accepted(), traffic.errorAnswers());
			System.out.println("hung-node test: " + check + "; " + traffic.resent() + " writes sent again; refused "
					+ traffic.refused());
			assertThat(check.problems()).isEmpty();
			assertThat(check.clean()).isTrue();
			assertThat(traffic.refused())
				.allSatisfy(write -> assertThat(write.failure()).isIn("SEARCH_UNAVAILABLE", "CONFLICT"));
		}
		finally {
			traffic.close();
			// the next test starts on a settled cluster
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> "green".equals(cluster.health()));
		}
	}

	/**
	 * Whether a health sample within a second of {@code at} found the cluster red or
	 * unreachable.
	 */
	private static boolean redAround(List<String> samples, long at) {
		return samples.stream().anyMatch(sample -> {
			long time = Long.parseLong(sample.substring(0, sample.indexOf(' ')));
			String status = sample.substring(sample.indexOf(' ') + 1);
			return Math.abs(time - at) <= 1000 && !status.equals("green") && !status.equals("yellow");
		});
	}

	/** The health samples as runs of one status: {@code green×12 yellow×40 green×3}. */
	private static String summary(List<String> samples) {
		StringBuilder runs = new StringBuilder();
		String previous = null;
		int count = 0;
		for (String sample : samples) {
			String status = sample.substring(sample.indexOf(' ') + 1);
			if (status.equals(previous)) {
				count++;
				continue;
			}
			if (previous != null) {
				runs.append(previous).append('×').append(count).append(' ');
			}
			previous = status;
			count = 1;
		}
		return runs.append(previous).append('×').append(count).toString();
	}

}
