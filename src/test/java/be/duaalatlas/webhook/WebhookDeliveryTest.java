package be.duaalatlas.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import be.duaalatlas.webhook.WebhookReceiver.Mode;
import be.duaalatlas.webhook.WebhookReceiver.Received;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks delivered to a real local receiver that accepts, fails, hangs and recovers,
 * from writes through the public API: nothing is lost, the changes of one record arrive
 * in journal order (a failing one holds back the later ones of its record), every
 * request's signature verifies by the recipe of docs/webhooks.md, a webhook that keeps
 * failing is paused and resumed where it stopped, a dispatcher stopped and started again
 * (a restart) goes on from its cursor, and a delivery can be sent again.
 */
class WebhookDeliveryTest extends AtlasIntegrationTest {

	static final String SET = """
			mutation($input: WorkplaceAvailabilityInput!) {
			  setWorkplaceAvailability(input: $input) { change { id version } }
			}
			""";

	static final String LOG = """
			query($id: ID!) {
			  webhookDeliveries(id: $id, first: 100) {
			    edges { node { id webhook status attempts responseStatus error deliveredAt nextAttemptAt change { id version kind operation } } }
			  }
			}
			""";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	WebhookDispatcher dispatcher;

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	/** A workplace this test writes, with the version it last wrote. */
	static final class Target {

		final String establishment;

		final String company;

		int version;

		Target(JsonNode node) {
			establishment = node.path("establishmentNumber").asText();
			company = node.path("enterpriseNumber").asText();
			version = node.path("version").asInt();
		}

		String id() {
			return "Workplace:" + establishment;
		}

	}

	@Test
	void deliveriesSurviveFailuresTimeoutsAndAPauseInOrderAndSigned() throws Exception {
		List<Target> targets = twoCompanies();
		Target one = targets.get(0);
		Target two = targets.get(1);
		HttpGraphQlTester partner = as(token("0400.000.321", Right.OFFERINGS));
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			JsonNode registered = register(partner, receiver.url(), false);
			String webhook = registered.path("webhook").path("id").asText();
			String secret = registered.path("secret").asText();
			// the first company's own writes only
			HttpGraphQlTester company = as(token(one.company, Right.WORKPLACES));
			String own = register(company, receiver.url(), true).path("webhook").path("id").asText();
			try {
				// accepted at once
				write(one);
				write(two);
				awaitAccepted(receiver, webhook, one, two);
				awaitAccepted(receiver, own, one);
				JsonNode first = delivery(partner, webhook, one.id(), one.version);
				assertThat(first.path("status").asText()).isEqualTo("DELIVERED");
				assertThat(first.path("attempts").asInt()).isEqualTo(1);
				assertThat(first.path("responseStatus").asInt()).isEqualTo(204);
				assertThat(log(company, own)).extracting(d -> d.path("change").path("id").asText())
					.containsOnly(one.id());
				remove(company, own);

				// the dispatcher stops, as in a restart, while writes are accepted;
				// started
				// again, it goes on from the cursor the engine keeps
				dispatcher.stop();
				try {
					int whileStopped = write(one);
					write(two);
					assertThat(log(partner, webhook)).as("nothing is sent while stopped")
						.noneMatch(d -> d.path("change").path("id").asText().equals(one.id())
								&& d.path("change").path("version").asInt() == whileStopped);
				}
				finally {
					dispatcher.start();
				}
				awaitAccepted(receiver, webhook, one, two);

				// the receiver fails: retried with back-off; the record's next change
				// waits
				// (written while the dispatcher is stopped, so that one round meets them
				// all,
				// however slow the writes)
				receiver.mode(Mode.FAIL);
				dispatcher.stop();
				int failing;
				try {
					failing = write(one);
					write(one);
					write(two);
				}
				finally {
					dispatcher.start();
				}
				await().atMost(DEADLINE)
					.until(() -> attempts(receiver, webhook, one.id(), failing) >= 2
							&& attempts(receiver, webhook, two.id(), two.version) >= 1);
				assertThat(attempts(receiver, webhook, one.id(), one.version))
					.as("a later change of a failing record waits")
					.isZero();
				receiver.mode(Mode.ACCEPT);
				awaitAccepted(receiver, webhook, one, two);

				// the receiver hangs past the read timeout, then answers again
				receiver.mode(Mode.HANG);
				int hanging = write(two);
				await().atMost(DEADLINE)
					.until(() -> delivery(partner, webhook, two.id(), hanging).path("error").asText(),
							error -> error.startsWith("no answer within 1000 ms"));
				receiver.mode(Mode.ACCEPT);
				awaitAccepted(receiver, webhook, two);

				// failing past the retry window pauses the webhook; nothing is lost
				receiver.mode(Mode.FAIL);
				write(one);
				await().atMost(DEADLINE)
					.until(() -> status(partner, webhook).path("status").asText(), "PAUSED"::equals);
				assertThat(status(partner, webhook).path("pausedReason").asText()).contains("failed")
					.contains("the receiver answered HTTP 500")
					.contains("resumeWebhook");
				write(two);
				receiver.mode(Mode.ACCEPT);
				assertThat(partner.document("mutation($id: ID!) { resumeWebhook(id: $id) { status } }")
					.variable("id", webhook)
					.execute()
					.path("resumeWebhook.status")
					.entity(String.class)
					.get()).isEqualTo("ACTIVE");
				awaitAccepted(receiver, webhook, one, two);

				// order and signatures of every request before a redelivery
				List<Received> got = of(receiver.received(), webhook);
				assertJournalOrderPerRecord(got);
				for (Received request : got) {
					assertThat(verifies(secret, request)).as("signature of " + request.delivery()).isTrue();
				}
				assertThat(got).filteredOn(r -> !r.accepted()).hasSizeGreaterThanOrEqualTo(5);

				// redeliver: the same delivery id again, newly signed
				String again = first.path("id").asText();
				assertThat(partner.document("mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id status } }")
					.variable("d", again)
					.execute()
					.path("redeliverWebhook.status")
					.entity(String.class)
					.get()).isEqualTo("PENDING");
				await().atMost(DEADLINE)
					.until(() -> of(receiver.accepted(), webhook).stream()
						.filter(r -> r.delivery().equals(again))
						.count(), count -> count == 2);
				Received redelivered = of(receiver.accepted(), webhook).stream()
					.filter(r -> r.delivery().equals(again))
					.toList()
					.get(1);
				assertThat(verifies(secret, redelivered)).isTrue();
				assertThat(JSON.readTree(redelivered.body()).path("version").asInt())
					.isEqualTo(first.path("change").path("version").asInt());
				// the log says so once the dispatcher kept the answer (just after the
				// receiver had the request)
				await().atMost(DEADLINE)
					.until(() -> delivery(partner, webhook, one.id(), first.path("change").path("version").asInt())
						.path("attempts")
						.asInt(), attempts -> attempts == 2);
				System.out.printf("Webhooks: %d requests to the receiver, %d accepted, %d changes delivered%n",
						receiver.received().size(), receiver.accepted().size(), log(partner, webhook).size());
			}
			finally {
				remove(partner, webhook);
			}
		}
	}

	/** Each record's changes were sent in journal order: a version never goes back. */
	static void assertJournalOrderPerRecord(List<Received> requests) throws Exception {
		Map<String, Integer> last = new HashMap<>();
		for (Received request : requests) {
			JsonNode change = JSON.readTree(request.body());
			String id = change.path("id").asText();
			int version = change.path("version").asInt();
			assertThat(version).as("version of " + id + " after " + last.get(id))
				.isGreaterThanOrEqualTo(last.getOrDefault(id, 0));
			last.put(id, version);
		}
	}

	/** The recipe of docs/webhooks.md. */
	static boolean verifies(String secret, Received request) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = ("sha256=" + java.util.HexFormat.of()
			.formatHex(mac.doFinal((request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8))))
			.getBytes(StandardCharsets.UTF_8);
		return request.signature() != null
				&& MessageDigest.isEqual(expected, request.signature().getBytes(StandardCharsets.UTF_8));
	}

	static List<Received> of(List<Received> requests, String webhook) {
		return requests.stream().filter(r -> webhook.equals(r.webhook())).toList();
	}

	private static long attempts(WebhookReceiver receiver, String webhook, String id, int version) {
		return of(receiver.received(), webhook).stream().filter(r -> is(r, id, version)).count();
	}

	static boolean is(Received request, String id, int version) {
		try {
			JsonNode change = JSON.readTree(request.body());
			return change.path("id").asText().equals(id) && change.path("version").asInt() == version;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Waits until every version written so far of these records was accepted. */
	private void awaitAccepted(WebhookReceiver receiver, String webhook, Target... records) {
		Map<String, Target> byId = new LinkedHashMap<>();
		for (Target target : records) {
			byId.put(target.id(), target);
		}
		await().atMost(DEADLINE).untilAsserted(() -> {
			for (Target target : byId.values()) {
				assertThat(of(receiver.accepted(), webhook).stream().filter(r -> is(r, target.id(), target.version)))
					.as("accepted: " + target.id() + " version " + target.version)
					.isNotEmpty();
			}
		});
	}

	private HttpGraphQlTester as(String token) {
		return graphQl.mutate().header("Authorization", "Bearer " + token).build();
	}

	static JsonNode register(HttpGraphQlTester partner, String url, boolean ownRecordsOnly) {
		return partner.document(WebhookRegistrationTest.REGISTER)
			.variable("input", Map.of("url", url, "kinds", List.of("WORKPLACE"), "ownRecordsOnly", ownRecordsOnly))
			.execute()
			.path("registerWebhook")
			.entity(JsonNode.class)
			.get();
	}

	static void remove(HttpGraphQlTester partner, String webhook) {
		partner.document("mutation($id: ID!) { removeWebhook(id: $id) { id } }")
			.variable("id", webhook)
			.execute()
			.errors()
			.verify();
	}

	private static JsonNode status(HttpGraphQlTester partner, String webhook) {
		JsonNode all = partner.document("{ webhooks { id status pausedReason } }")
			.execute()
			.path("webhooks")
			.entity(JsonNode.class)
			.get();
		for (JsonNode w : all) {
			if (w.path("id").asText().equals(webhook)) {
				return w;
			}
		}
		throw new AssertionError("no webhook " + webhook);
	}

	static List<JsonNode> log(HttpGraphQlTester partner, String webhook) {
		List<JsonNode> nodes = new ArrayList<>();
		partner.document(LOG)
			.variable("id", webhook)
			.execute()
			.path("webhookDeliveries.edges")
			.entity(JsonNode.class)
			.get()
			.forEach(edge -> nodes.add(edge.path("node")));
		return nodes;
	}

	private static JsonNode delivery(HttpGraphQlTester partner, String webhook, String id, int version) {
		return log(partner, webhook).stream()
			.filter(d -> d.path("change").path("id").asText().equals(id)
					&& d.path("change").path("version").asInt() == version)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no delivery of " + id + " version " + version));
	}

	/** Writes a new availability to a workplace as its company; returns its version. */
	private int write(Target target) {
		return write(graphQl, target);
	}

	/** The same, through {@code service} (an instance of the service's own). */
	static int write(HttpGraphQlTester service, Target target) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", target.establishment);
		input.put("version", target.version);
		input.put("lookingForLearner", target.version % 2 == 0);
		input.put("places", target.version % 5 + 1);
		target.version = service.mutate()
			.header("Authorization", "Bearer " + token(target.company, Right.WORKPLACES))
			.build()
			.document(SET)
			.variable("input", input)
			.execute()
			.path("setWorkplaceAvailability.change.version")
			.entity(Integer.class)
			.get();
		return target.version;
	}

	private List<Target> twoCompanies() {
		return twoCompanies(graphQl, 0);
	}

	/**
	 * Two workplaces of two different companies that no other test writes, after
	 * {@code skip} companies taken by another webhook test.
	 */
	static List<Target> twoCompanies(HttpGraphQlTester graphQl, int skip) {
		JsonNode edges = graphQl.document(
				"{ search(filter: { kinds: [WORKPLACE] }, sort: NAME, first: 100) { edges { node { ... on Workplace { establishmentNumber enterpriseNumber version } } } } }")
			.execute()
			.path("search.edges")
			.entity(JsonNode.class)
			.get();
		List<Target> companies = new ArrayList<>();
		for (JsonNode edge : edges) {
			if (!edge.path("node").path("enterpriseNumber").isNull()) {
				companies.add(new Target(edge.path("node")));
			}
		}
		// from the end: PortalTesting's slices are taken from the front
		List<Target> distinct = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = companies.size() - 1; distinct.size() < skip + 2; i--) {
			if (seen.add(companies.get(i).company)) {
				distinct.add(companies.get(i));
			}
		}
		return distinct.subList(skip, skip + 2);
	}

}
