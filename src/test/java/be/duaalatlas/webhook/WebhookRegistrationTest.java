package be.duaalatlas.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering webhooks through the API with real tokens: the secret is shown once and
 * never again, each organisation sees only its own webhooks, and endpoints that would
 * make the service a client of its own network (server-side request forgery) are refused
 * with a typed error naming {@code input.url}.
 */
class WebhookRegistrationTest extends AtlasIntegrationTest {

	static final String REGISTER = """
			mutation($input: WebhookInput!) {
			  registerWebhook(input: $input) { secret webhook { id url kinds programme region ownRecordsOnly status createdAt } }
			}
			""";

	private static final String ORGANISATION = "0400.000.123";

	private HttpGraphQlTester as(String token) {
		return graphQl.mutate().header("Authorization", "Bearer " + token).build();
	}

	private static Map<String, Object> input(String url) {
		return Map.of("url", url, "kinds", List.of("WORKPLACE"));
	}

	@Test
	void theSecretIsShownOnceAndEachOrganisationSeesOnlyItsOwnWebhooks() {
		HttpGraphQlTester partner = as(token(ORGANISATION, Right.WORKPLACES));
		JsonNode registered = partner.document(REGISTER)
			.variable("input",
					Map.of("url", "https://8.8.8.8/hooks/atlas", "kinds", List.of("WORKPLACE", "OFFERING", "WORKPLACE"),
							"programme", "kapper-duaal", "region", "ANTWERPEN", "ownRecordsOnly", true))
			.execute()
			.path("registerWebhook")
			.entity(JsonNode.class)
			.get();
		String id = registered.path("webhook").path("id").asText();
		try {
			assertThat(registered.path("secret").asText()).startsWith("whsec_").hasSizeGreaterThan(40);
			assertThat(registered.path("webhook").path("kinds")).extracting(JsonNode::asText)
				.containsExactly("WORKPLACE", "OFFERING");
			assertThat(registered.path("webhook").path("status").asText()).isEqualTo("ACTIVE");
			assertThat(registered.path("webhook").path("region").asText()).isEqualTo("ANTWERPEN");

			// no read returns the secret: the type has no field for it
			String listed = partner.document("{ webhooks { id url status } }").execute().returnResponse().toString();
			assertThat(listed).contains(id).doesNotContain(registered.path("secret").asText());
			assertThat(graphQl.document("{ __type(name: \"Webhook\") { fields { name } } }")
				.execute()
				.path("__type.fields[*].name")
				.entityList(String.class)
				.get()).doesNotContain("secret");

			// another organisation neither lists, reads, nor removes it
			HttpGraphQlTester other = as(token("0400.000.456", Right.WORKPLACES));
			assertThat(
					other.document("{ webhooks { id } }").execute().path("webhooks").entityList(JsonNode.class).get())
				.extracting(w -> w.path("id").asText())
				.doesNotContain(id);
			refused(other.document("query($id: ID!) { webhookDeliveries(id: $id) { edges { cursor } } }")
				.variable("id", id)
				.execute(), "NOT_FOUND", "id");
			refused(other.document("mutation($id: ID!) { removeWebhook(id: $id) { id } }").variable("id", id).execute(),
					"NOT_FOUND", "id");
		}
		finally {
			partner.document("mutation($id: ID!) { removeWebhook(id: $id) { id } }")
				.variable("id", id)
				.execute()
				.errors()
				.verify();
		}
		assertThat(partner.document("{ webhooks { id } }").execute().path("webhooks").entityList(JsonNode.class).get())
			.extracting(w -> w.path("id").asText())
			.doesNotContain(id);
	}

	@Test
	void withoutATokenOrWithoutARightNothingIsRegistered() {
		refused(graphQl.document(REGISTER).variable("input", input("https://8.8.8.8/x")).execute(), "UNAUTHORIZED",
				null);
		refused(as(token(ORGANISATION)).document(REGISTER).variable("input", input("https://8.8.8.8/x")).execute(),
				"FORBIDDEN", null);
		refused(graphQl.document("{ webhooks { id } }").execute(), "UNAUTHORIZED", null);
	}

	@Test
	void endpointsOnTheServicesOwnNetworkAreRefused() {
		HttpGraphQlTester partner = as(token("0400.000.789", Right.OFFERINGS));
		List<String> refusedUrls = List.of("http://8.8.8.8/hook", // not https
				"ftp://127.0.0.1/hook", "https://127.0.0.1/hook", "https://localhost:8443/hook", // loopback
				"https://[::1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://0.0.0.0/hook",
				"https://10.1.2.3/hook", "https://172.16.0.1/hook", "https://192.168.1.1/hook", // private
				"https://169.254.169.254/latest/meta-data", "https://[fe80::1]/hook", // link-local
				"https://224.0.0.1/hook", "https://[ff02::1]/hook", // multicast
				"https://100.64.0.1/hook", "https://[fd00::1]/hook", // shared,
																		// unique-local
				"https://user:password@8.8.8.8/hook", "http://127.0.0.2:8080/hook", "not a url",
				"https://no-such-host.invalid/hook");
		for (String url : refusedUrls) {
			ResponseError error = refused(partner.document(REGISTER).variable("input", input(url)).execute(),
					"BAD_REQUEST", "input.url");
			assertThat(error.getMessage()).as(url).startsWith("The endpoint is refused");
		}
		refused(partner.document(REGISTER)
			.variable("input", Map.of("url", "https://8.8.8.8/x", "kinds", List.of()))
			.execute(), "BAD_REQUEST", "input.kinds");
		refused(partner.document(REGISTER)
			.variable("input", Map.of("url", "https://8.8.8.8/x", "kinds", List.of("WORKPLACE"), "programme", "../x"))
			.execute(), "BAD_REQUEST", "input.programme");
		assertThat(partner.document("{ webhooks { id } }").execute().path("webhooks").entityList(JsonNode.class).get())
			.isEmpty();
	}

	@Test
	void inProductionNotEvenTheLoopbackOverHttpIsAnEndpoint() {
		WebhookUrls production = new WebhookUrls(new WebhookProperties(false, Duration.ofSeconds(5),
				Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24),
				Duration.ofSeconds(30), 10, 100, Duration.ofMinutes(2)));
		assertThat(production.problem("http://127.0.0.1:8080/hook")).hasValue("only https endpoints are accepted");
		assertThat(production.problem("https://8.8.8.8/hook")).isEmpty();
		WebhookUrls tests = new WebhookUrls(new WebhookProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(10),
				Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24), Duration.ofSeconds(30), 10, 100,
				Duration.ofMinutes(2)));
		assertThat(tests.problem("http://127.0.0.1:8080/hook")).isEmpty();
		assertThat(tests.problem("https://127.0.0.1:8080/hook")).isPresent();
	}

	static ResponseError refused(GraphQlTester.Response response, String classification, String argument) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		assertThat(errors).as("errors").hasSize(1);
		ResponseError error = errors.get(0);
		assertThat(error.getErrorType().toString()).as("classification of: " + error.getMessage())
			.isEqualTo(classification);
		if (argument == null) {
			assertThat(error.getExtensions()).doesNotContainKey("argument");
		}
		else {
			assertThat(error.getExtensions()).as(error.getMessage()).containsEntry("argument", argument);
		}
		return error;
	}

}
