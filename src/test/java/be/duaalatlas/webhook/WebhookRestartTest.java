package be.duaalatlas.webhook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.DuaalAtlasApplication;
import be.duaalatlas.TestEngine;
import be.duaalatlas.security.Right;
import be.duaalatlas.webhook.WebhookDeliveryTest.Target;
import be.duaalatlas.webhook.WebhookReceiver.Mode;
import be.duaalatlas.webhook.WebhookReceiver.Received;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks across real restarts of the service, as a partner sees them: service instances
 * of this test's own (new application contexts on the suite's engine and indices) are
 * stopped and started while the receiver fails or holds a request, and writes are
 * accepted before and after. Every accepted write reaches the receiver at least once,
 * each record's changes in journal order, every signature verifies by the recipe of
 * docs/webhooks.md, nothing arrives that was not written, and the delivery log the last
 * instance serves says so.
 */
class WebhookRestartTest extends AtlasIntegrationTest {

	/** Includes starting an instance on a machine running other builds. */
	private static final Duration DEADLINE = Duration.ofSeconds(120);

	/** The suite's delivery settings, which the instances started here take too. */
	private static final List<String> SETTINGS = List.of("allow-http-loopback", "connect-timeout", "read-timeout",
			"initial-backoff", "max-backoff");

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * A killed holder's lease, short enough to wait for here; more than an attempt's
	 * timeouts (2 s) with their margin (5 s) and a poll (0.5 s), so that a live holder
	 * renews it in time.
	 */
	private static final String LEASE = "--atlas.webhooks.lease=10s";

	/** The suite's own instance: it does not deliver while the instances here do. */
	@Autowired
	WebhookDispatcher suiteDispatcher;

	@Autowired
	Environment environment;

	@Test
	void deliveriesSurviveRestartsAndTwoInstancesSendEachAttemptOnce() throws Exception {
		List<Target> targets = WebhookDeliveryTest.twoCompanies(graphQl, 2);
		Target one = targets.get(0);
		Target two = targets.get(1);
		Set<String> written = new LinkedHashSet<>();
		String partnerToken = token("0400.000.654", Right.OFFERINGS);
		suiteDispatcher.stop();
		String webhook = null;
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Instance first = new Instance();
			Instance second = null;
			String secret;
			try {
				JsonNode registered = WebhookDeliveryTest.register(first.as(partnerToken), receiver.url(), false);
				webhook = registered.path("webhook").path("id").asText();
				secret = registered.path("secret").asText();
				String hook = webhook;
				written.add(first.write(one));
				written.add(first.write(two));
				awaitAccepted(receiver, hook, written);

				// the receiver goes down; accepted writes wait in the engine
				receiver.mode(Mode.FAIL);
				written.add(first.write(one));
				written.add(first.write(one));
				written.add(first.write(two));
				await().atMost(DEADLINE)
					.until(() -> WebhookDeliveryTest.of(receiver.received(), hook)
						.stream()
						.anyMatch(r -> !r.accepted()));

				// a rolling restart: a new instance starts beside the first, both take
				// writes and follow the journal, the receiver comes back
				second = new Instance();
				written.add(second.write(two));
				written.add(first.write(one));
				written.add(second.write(one));
				receiver.mode(Mode.ACCEPT);
				awaitAccepted(receiver, hook, written);
			}
			catch (Exception | AssertionError failure) {
				if (second != null) {
					second.close();
				}
				throw failure;
			}
			finally {
				// graceful, as on SIGTERM
				first.close();
			}
			String inFlight;
			try {
				// the second goes on alone
				written.add(second.write(two));
				awaitAccepted(receiver, webhook, written);

				// the receiver holds a request; the instance stops while it is in flight
				receiver.mode(Mode.HANG);
				int arrived = receiver.arrived();
				String change = second.write(one);
				written.add(change);
				await().atMost(DEADLINE).until(() -> receiver.arrived() > arrived);
				inFlight = change;
			}
			finally {
				second.close();
			}
			receiver.mode(Mode.ACCEPT);

			Instance third = new Instance();
			try {
				written.add(third.write(two));
				awaitAccepted(receiver, webhook, written);

				List<Received> got = WebhookDeliveryTest.of(receiver.received(), webhook);
				WebhookDeliveryTest.assertJournalOrderPerRecord(got);
				for (Received request : got) {
					assertThat(WebhookDeliveryTest.verifies(secret, request)).as("signature of " + request.delivery())
						.isTrue();
				}
				assertThat(got).extracting(WebhookRestartTest::change)
					.as("nothing arrives that was not written")
					.allMatch(written::contains);
				// the change in flight at the stop came again, under the same delivery
				// id, and was accepted
				List<Received> again = got.stream().filter(r -> change(r).equals(inFlight)).toList();
				assertThat(again).hasSizeGreaterThanOrEqualTo(2);
				assertThat(again).extracting(Received::delivery).containsOnly(again.get(0).delivery());
				assertThat(again).anyMatch(Received::accepted);

				// the log the new instance serves: each written change once, delivered,
				// with as many attempts as the receiver got requests (two instances
				// sending the same delivery would each count only their own)
				String hook = webhook;
				await().atMost(DEADLINE).untilAsserted(() -> {
					List<JsonNode> log = WebhookDeliveryTest.log(third.as(partnerToken), hook);
					assertThat(log).extracting(d -> d.path("status").asText()).containsOnly("DELIVERED");
					assertThat(log).extracting(
							d -> d.path("change").path("id").asText() + "@" + d.path("change").path("version").asInt())
						.containsExactlyInAnyOrderElementsOf(written);
					assertThat(log).extracting(d -> d.path("id").asText()).doesNotHaveDuplicates();
					List<Received> requests = WebhookDeliveryTest.of(receiver.received(), hook);
					for (JsonNode delivery : log) {
						String id = delivery.path("id").asText();
						assertThat(delivery.path("attempts").asLong()).as("attempts of " + id)
							.isEqualTo(requests.stream().filter(r -> r.delivery().equals(id)).count());
					}
				});
				System.out.printf(
						"Webhooks across a rolling restart and a stop in flight: %d changes written, %d requests received, %d accepted%n",
						written.size(), got.size(), got.stream().filter(Received::accepted).count());
			}
			finally {
				third.close();
			}
		}
		finally {
			suiteDispatcher.start();
			if (webhook != null) {
				WebhookDeliveryTest.remove(graphQl.mutate().header("Authorization", "Bearer " + partnerToken).build(),
						webhook);
			}
		}
	}

	/**
	 * An instance killed (SIGKILL, its own JVM) while the receiver holds a request: its
	 * lease is neither released nor renewed, and the next instance takes the webhook over
	 * once the lease expired, sending the change in flight again under its delivery id.
	 */
	@Test
	void aKilledInstancesWebhookIsTakenOverOnceItsLeaseExpired(@TempDir Path dir) throws Exception {
		List<Target> targets = WebhookDeliveryTest.twoCompanies(graphQl, 4);
		Target one = targets.get(0);
		Target two = targets.get(1);
		Set<String> written = new LinkedHashSet<>();
		HttpGraphQlTester partner = graphQl.mutate()
			.header("Authorization", "Bearer " + token("0400.000.655", Right.OFFERINGS))
			.build();
		// writes go through the suite's instance, which does not deliver meanwhile
		suiteDispatcher.stop();
		String webhook = null;
		Process killed = null;
		Path output = dir.resolve("killed-instance.txt");
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			JsonNode registered = WebhookDeliveryTest.register(partner, receiver.url(), false);
			webhook = registered.path("webhook").path("id").asText();
			String secret = registered.path("secret").asText();

			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
							System.getProperty("java.class.path"), DuaalAtlasApplication.class.getName(),
							"--spring.profiles.active=dev", "--atlas.dev-identity-provider.port=0", LEASE));
			command.addAll(arguments());
			killed = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			// the only instance that delivers: once it did, it holds the webhook's lease
			// (a JVM of its own starts slower than a context: ImportCommandProcessTest's
			// bound)
			written.add(target(one, WebhookDeliveryTest.write(graphQl, one)));
			String hook = webhook;
			await().atMost(Duration.ofMinutes(5))
				.untilAsserted(() -> assertThat(WebhookDeliveryTest.of(receiver.accepted(), hook))
					.extracting(WebhookRestartTest::change)
					.containsAll(written));

			receiver.mode(Mode.HANG);
			int arrived = receiver.arrived();
			String inFlight = target(two, WebhookDeliveryTest.write(graphQl, two));
			written.add(inFlight);
			await().atMost(DEADLINE).until(() -> receiver.arrived() > arrived);
			killed.destroyForcibly().waitFor();
			long killedAt = System.nanoTime();
			receiver.mode(Mode.ACCEPT);
			written.add(target(one, WebhookDeliveryTest.write(graphQl, one)));

			try (Instance next = new Instance(LEASE)) {
				awaitAccepted(receiver, webhook, written);
				System.out.printf("a killed instance's webhook delivered again %d ms after the kill%n",
						Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
				List<Received> got = WebhookDeliveryTest.of(receiver.received(), webhook);
				WebhookDeliveryTest.assertJournalOrderPerRecord(got);
				for (Received request : got) {
					assertThat(WebhookDeliveryTest.verifies(secret, request)).as("signature of " + request.delivery())
						.isTrue();
				}
				assertThat(got).extracting(WebhookRestartTest::change).allMatch(written::contains);
				List<Received> again = got.stream().filter(r -> change(r).equals(inFlight)).toList();
				assertThat(again).hasSizeGreaterThanOrEqualTo(2);
				assertThat(again).extracting(Received::delivery).containsOnly(again.get(0).delivery());
				assertThat(again).anyMatch(Received::accepted);
				await().atMost(DEADLINE).untilAsserted(() -> {
					List<JsonNode> log = WebhookDeliveryTest.log(next.as(token("0400.000.655", Right.OFFERINGS)), hook);
					assertThat(log).extracting(d -> d.path("status").asText()).containsOnly("DELIVERED");
					assertThat(log).extracting(
							d -> d.path("change").path("id").asText() + "@" + d.path("change").path("version").asInt())
						.containsExactlyInAnyOrderElementsOf(written);
				});
			}
		}
		catch (Exception | AssertionError failure) {
			if (Files.exists(output)) {
				System.out.println("The instance killed here printed:\n" + Files.readString(output));
			}
			throw failure;
		}
		finally {
			if (killed != null && killed.isAlive()) {
				killed.destroyForcibly();
			}
			suiteDispatcher.start();
			if (webhook != null) {
				WebhookDeliveryTest.remove(partner, webhook);
			}
		}
	}

	private static String target(Target target, int version) {
		return target.id() + "@" + version;
	}

	/** Waits until the receiver accepted every change written. */
	private static void awaitAccepted(WebhookReceiver receiver, String webhook, Set<String> written) {
		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(WebhookDeliveryTest.of(receiver.accepted(), webhook))
				.extracting(WebhookRestartTest::change)
				.containsAll(written));
	}

	/** A request's change as {@code Workplace:…@version}. */
	private static String change(Received request) {
		try {
			JsonNode change = JSON.readTree(request.body());
			return change.path("id").asText() + "@" + change.path("version").asInt();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The arguments of an instance of this test's own: the suite's engine, index prefix
	 * and delivery settings, nothing loaded.
	 */
	private List<String> arguments() {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--atlas.index.prefix=" + environment.getRequiredProperty("atlas.index.prefix"),
				"--spring.elasticsearch.uris=" + TestEngine.url(), "--atlas.ingest.load-sample=false",
				// a stopped service is no failing receiver: a start slower than the
				// suite's 10 s retry window must not pause the webhook
				"--atlas.webhooks.retry-for=5m",
				// both instances of a rolling restart follow the journal closely
				"--atlas.webhooks.poll-every=500ms"));
		for (String setting : SETTINGS) {
			args.add(
					"--atlas.webhooks." + setting + "=" + environment.getRequiredProperty("atlas.webhooks." + setting));
		}
		return args;
	}

	/**
	 * A service instance of this test's own: a new application context on the suite's
	 * engine and index prefix, loading nothing, delivering webhooks as the suite's
	 * instance would.
	 */
	private final class Instance implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final HttpGraphQlTester graphQl;

		Instance(String... extra) {
			long started = System.nanoTime();
			List<String> args = arguments();
			args.addAll(List.of(extra));
			context = new SpringApplicationBuilder(DuaalAtlasApplication.class).profiles("dev")
				.run(args.toArray(String[]::new));
			graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/graphql")
				.responseTimeout(Duration.ofSeconds(30))
				.build());
			System.out.printf("a service instance started in %d ms%n",
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}

		HttpGraphQlTester as(String token) {
			return graphQl.mutate().header("Authorization", "Bearer " + token).build();
		}

		/**
		 * Writes a change to a workplace through this instance; returns it as written.
		 */
		String write(Target target) {
			return target(target, WebhookDeliveryTest.write(graphQl, target));
		}

		@Override
		public void close() {
			long stopping = System.nanoTime();
			context.close();
			System.out.printf("a service instance stopped in %d ms%n",
					Duration.ofNanos(System.nanoTime() - stopping).toMillis());
		}

	}

}
