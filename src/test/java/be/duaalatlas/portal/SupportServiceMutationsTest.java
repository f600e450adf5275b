package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.texts;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.portal.PortalTesting.HOSTILE_KEYS;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stakeholder's own support services through {@code createSupportService},
 * {@code changeSupportService} and {@code removeSupportService}, with real signed JWTs:
 * no token, expired, wrong issuer, wrong audience, the right role for another
 * organisation, the right organisation without the right, the right organisation; then a
 * bad input (the support services file's rule), a stale version, an unknown key and a key
 * taken. After every refusal the service is exactly as it was (or still absent).
 */
class SupportServiceMutationsTest extends AtlasIntegrationTest {

	static final String OWNER = "cevora";

	static final String OTHER = "logos";

	static final String CREATE = """
			mutation($input: SupportServiceInput!) {
			  createSupportService(input: $input) {
			    supportService { id key version title { value } stakeholder { key } channels { kind value } }
			    change { kind id operation version fields }
			    visibleEverywhereBy
			  }
			}
			""";

	static final String CHANGE = """
			mutation($input: SupportServiceInput!, $version: Int!) {
			  changeSupportService(input: $input, version: $version) {
			    supportService { key version title { value } audiences }
			    change { kind id operation version }
			  }
			}
			""";

	static final String REMOVE = """
			mutation($key: String!, $version: Int!) {
			  removeSupportService(key: $key, version: $version) {
			    id
			    change { kind id operation version }
			    visibleEverywhereBy
			  }
			}
			""";

	static final String READ = """
			query($id: ID!) {
			  node(id: $id) {
			    ... on SupportService { key version title { value } audiences steps sectors channels { kind value } stakeholder { key } }
			  }
			}
			""";

	static final String SERVICES_OF = """
			query($id: ID!) { stakeholder(id: $id) { services { key version title { value } } } }
			""";

	@LocalServerPort
	int port;

	static Map<String, Object> service(String key, String stakeholder, String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("stakeholder", stakeholder);
		input.put("title", Map.of("nl", title, "en", title + " (en)"));
		input.put("description", Map.of("nl", "Een opleiding voor mentoren in de werkplaats."));
		input.put("audiences", List.of("COMPANY", "MENTOR"));
		input.put("steps", List.of("TRAIN_MENTORS"));
		input.put("regions", List.of("FLANDERS"));
		input.put("sectors", List.of("bouw"));
		input.put("languages", List.of("nl"));
		input.put("channels", List.of(Map.of("kind", "WEBSITE", "value", "https://www.cevora.be/mentoren")));
		return input;
	}

	private GraphQlTester.Response create(String token, Map<String, Object> input) {
		return (token == null ? graphQl : as(graphQl, token)).document(CREATE).variable("input", input).execute();
	}

	private GraphQlTester.Response change(String token, Map<String, Object> input, int version) {
		return (token == null ? graphQl : as(graphQl, token)).document(CHANGE)
			.variable("input", input)
			.variable("version", version)
			.execute();
	}

	private GraphQlTester.Response remove(String token, String key, int version) {
		return (token == null ? graphQl : as(graphQl, token)).document(REMOVE)
			.variable("key", key)
			.variable("version", version)
			.execute();
	}

	/** The service as the public reads it; null when there is none. */
	private JsonNode read(String key) {
		GraphQlTester.Response response = graphQl.document(READ).variable("id", "SupportService:" + key).execute();
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		if (!errors.isEmpty()) {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
			return null;
		}
		return response.path("node").entity(JsonNode.class).get();
	}

	private List<String> servicesOf(String stakeholder) {
		return texts(graphQl.document(SERVICES_OF)
			.variable("id", stakeholder)
			.execute()
			.path("stakeholder.services[*].key")
			.entity(JsonNode.class)
			.get());
	}

	private JsonNode created(String key) {
		create(token(OWNER, Right.STAKEHOLDER), service(key, OWNER, "Mentoropleiding " + key)).errors().verify();
		return read(key);
	}

	@Test
	void withoutATokenEveryWriteIsUnauthorizedAndNothingChanges() {
		refused(create(null, service("svc-test-anonymous", OWNER, "Anoniem")), "UNAUTHORIZED", null);
		assertThat(read("svc-test-anonymous")).isNull();
		JsonNode before = created("svc-test-no-token");
		refused(change(null, service("svc-test-no-token", OWNER, "Anders"), 1), "UNAUTHORIZED", null);
		refused(remove(null, "svc-test-no-token", 1), "UNAUTHORIZED", null);
		assertThat(read("svc-test-no-token")).isEqualTo(before);
	}

	@Test
	void anExpiredTokenAWrongIssuerAndAWrongAudienceAreRefusedWith401BeforeAnythingRuns() {
		JsonNode before = created("svc-test-bad-tokens");
		Map<String, Map<String, Object>> writes = Map.of(CREATE,
				Map.of("input", service("svc-test-bad-token-new", OWNER, "Nieuw")), CHANGE,
				Map.of("input", service("svc-test-bad-tokens", OWNER, "Anders"), "version", 1), REMOVE,
				Map.of("key", "svc-test-bad-tokens", "version", 1));
		writes.forEach((document, variables) -> {
			badTokensRefusedWith401(port, OWNER, Right.STAKEHOLDER, document, variables);
		});
		assertThat(read("svc-test-bad-tokens")).isEqualTo(before);
		assertThat(read("svc-test-bad-token-new")).isNull();
	}

	@Test
	void theRightRoleForAnotherOrganisationIsForbidden() {
		JsonNode before = created("svc-test-other-org");
		String other = token(OTHER, Right.STAKEHOLDER);
		// creating a service for another stakeholder
		refused(create(other, service("svc-test-for-cevora", OWNER, "Voor een ander")), "FORBIDDEN", null);
		refused(change(other, service("svc-test-other-org", OWNER, "Overgenomen"), 1), "FORBIDDEN", null);
		// nor can the owner of the service hand it to the other
		refused(change(token(OWNER, Right.STAKEHOLDER), service("svc-test-other-org", OTHER, "Verhuisd"), 1),
				"FORBIDDEN", null);
		refused(remove(other, "svc-test-other-org", 1), "FORBIDDEN", null);
		assertThat(read("svc-test-other-org")).isEqualTo(before);
		assertThat(read("svc-test-for-cevora")).isNull();
	}

	@Test
	void theRightOrganisationWithoutTheRightIsForbidden() {
		JsonNode before = created("svc-test-no-right");
		String noRight = token(OWNER, Right.CONTENT, Right.OFFERINGS);
		refused(create(noRight, service("svc-test-no-right-new", OWNER, "Zonder recht")), "FORBIDDEN", null);
		refused(change(noRight, service("svc-test-no-right", OWNER, "Zonder recht"), 1), "FORBIDDEN", null);
		refused(remove(noRight, "svc-test-no-right", 1), "FORBIDDEN", null);
		assertThat(read("svc-test-no-right")).isEqualTo(before);
		assertThat(read("svc-test-no-right-new")).isNull();
	}

	@Test
	void theRightOrganisationCreatesChangesAndRemovesItsServiceAndReadsShowItAtOnce() {
		String owner = token(OWNER, Right.STAKEHOLDER);
		JsonNode payload = create(owner, service("svc-test-lifecycle", OWNER, "Mentoropleiding bouw"))
			.path("createSupportService")
			.entity(JsonNode.class)
			.get();
		assertThat(payload.path("supportService").path("id").asText()).isEqualTo("SupportService:svc-test-lifecycle");
		assertThat(payload.path("supportService").path("version").asInt()).isEqualTo(1);
		assertThat(payload.path("supportService").path("stakeholder").path("key").asText()).isEqualTo(OWNER);
		assertThat(payload.path("change").path("operation").asText()).isEqualTo("CREATED");
		assertThat(payload.path("change").path("kind").asText()).isEqualTo("SUPPORT_SERVICE");
		assertThat(payload.path("change").path("id").asText()).isEqualTo("SupportService:svc-test-lifecycle");
		assertThat(payload.path("visibleEverywhereBy").asText()).isNotBlank();
		assertThat(read("svc-test-lifecycle").path("title").path("value").asText()).isEqualTo("Mentoropleiding bouw");
		assertThat(servicesOf(OWNER)).contains("svc-test-lifecycle");

		Map<String, Object> changed = service("svc-test-lifecycle", OWNER, "Mentoropleiding hout");
		changed.put("audiences", List.of("MENTOR"));
		changed.remove("sectors");
		JsonNode afterChange = change(owner, changed, 1).path("changeSupportService").entity(JsonNode.class).get();
		assertThat(afterChange.path("supportService").path("version").asInt()).isEqualTo(2);
		assertThat(afterChange.path("change").path("operation").asText()).isEqualTo("CHANGED");
		JsonNode read = read("svc-test-lifecycle");
		assertThat(read.path("title").path("value").asText()).isEqualTo("Mentoropleiding hout");
		assertThat(texts(read.path("audiences"))).containsExactly("MENTOR");
		assertThat(texts(read.path("sectors"))).isEmpty();
		assertThat(read.path("version").asInt()).isEqualTo(2);
		// the search, with its cached first pages, shows the change when the mutation
		// has returned
		assertThat(texts(graphQl.document("""
				{ supportServices(audience: MENTOR, first: 100) { edges { node { key } } } }
				""").execute().path("supportServices.edges[*].node.key").entity(JsonNode.class).get()))
			.contains("svc-test-lifecycle");

		JsonNode removal = remove(owner, "svc-test-lifecycle", 2).path("removeSupportService")
			.entity(JsonNode.class)
			.get();
		assertThat(removal.path("id").asText()).isEqualTo("SupportService:svc-test-lifecycle");
		assertThat(removal.path("change").path("operation").asText()).isEqualTo("REMOVED");
		assertThat(removal.path("change").path("version").asInt()).isEqualTo(3);
		assertThat(read("svc-test-lifecycle")).isNull();
		assertThat(servicesOf(OWNER)).doesNotContain("svc-test-lifecycle");

		// the change feed holds all three, in order
		List<JsonNode> changes = nodes(graphQl.document("""
				{ changes(kinds: [SUPPORT_SERVICE], first: 100) { edges { node { id operation version } } } }
				""").execute().path("changes").entity(JsonNode.class).get()).stream()
			.filter(change -> change.path("id").asText().equals("SupportService:svc-test-lifecycle"))
			.toList();
		assertThat(changes).extracting(change -> change.path("operation").asText())
			.containsExactly("CREATED", "CHANGED", "REMOVED");
	}

	@Test
	void aBadInputIsABadRequestNamingTheInputFieldByTheSupportServicesFileRule() {
		String owner = token(OWNER, Right.STAKEHOLDER);
		JsonNode before = created("svc-test-bad-input");

		Map<String, Object> badChannel = service("svc-test-bad-input", OWNER, "Slecht kanaal");
		badChannel.put("channels", List.of(Map.of("kind", "WEBSITE", "value", "https://www.cevora.be"),
				Map.of("kind", "EMAIL", "value", "geen-adres")));
		assertThat(refused(change(owner, badChannel, 1), "BAD_REQUEST", "input.channels[1].value").getMessage())
			.isEqualTo("channels[1].value 'geen-adres' is not an e-mail address");

		Map<String, Object> badSector = service("svc-test-bad-input", OWNER, "Slechte sector");
		badSector.put("sectors", List.of("ruimtevaart"));
		refused(change(owner, badSector, 1), "BAD_REQUEST", "input.sectors");

		Map<String, Object> noDutch = service("svc-test-bad-input", OWNER, "x");
		noDutch.put("title", Map.of("nl", " ", "fr", "Seulement en français"));
		refused(change(owner, noDutch, 1), "BAD_REQUEST", "input.title.nl");

		Map<String, Object> noAudience = service("svc-test-bad-input", OWNER, "Niemand");
		noAudience.put("audiences", List.of());
		refused(change(owner, noAudience, 1), "BAD_REQUEST", "input.audiences");

		refused(create(owner, service("Geen Sleutel!", OWNER, "Sleutel")), "BAD_REQUEST", "input.key");
		refused(create(owner, service("svc-" + "x".repeat(200), OWNER, "Te lang")), "BAD_REQUEST", "input.key");
		// the organisation of the token is no stakeholder of the role map
		refused(create(token("0400000032", Right.STAKEHOLDER), service("svc-test-company", "0400000032", "Bedrijf")),
				"BAD_REQUEST", "input.stakeholder");
		assertThat(read("svc-test-bad-input")).isEqualTo(before);
		assertThat(read("svc-test-company")).isNull();
	}

	@Test
	void keysThatAreNotSlugsAreBadRequestsNamingTheKeyAndNothingIsWritten() {
		String owner = token(OWNER, Right.STAKEHOLDER);
		List<String> before = servicesOf(OWNER);
		List<String> bad = new ArrayList<>(HOSTILE_KEYS);
		// a service's key has one part: no '--' (that is an offering's
		// provider--programme)
		bad.add("svc--test");
		for (String key : bad) {
			assertThat(refused(create(owner, service(key, OWNER, "Vijandig")), "BAD_REQUEST", "input.key").getMessage())
				.as(key)
				.contains("must be lower case letters, digits and hyphens");
		}
		refused(change(owner, service("..", OWNER, "Vijandig"), 1), "BAD_REQUEST", "input.key");
		refused(remove(owner, "_search", 1), "BAD_REQUEST", "key");
		assertThat(servicesOf(OWNER)).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflictAnUnknownKeyNotFoundAndATakenKeyAConflict() {
		String owner = token(OWNER, Right.STAKEHOLDER);
		created("svc-test-stale");
		change(owner, service("svc-test-stale", OWNER, "Eerste wijziging"), 1).errors().verify();
		JsonNode written = read("svc-test-stale");

		assertThat(refused(change(owner, service("svc-test-stale", OWNER, "Verouderd"), 1), "CONFLICT", "version")
			.getMessage()).contains("version 2");
		refused(remove(owner, "svc-test-stale", 1), "CONFLICT", "version");
		refused(create(owner, service("svc-test-stale", OWNER, "Dubbel")), "CONFLICT", "input.key");
		assertThat(read("svc-test-stale")).isEqualTo(written);

		refused(change(owner, service("svc-test-unknown", OWNER, "Onbekend"), 0), "NOT_FOUND", "input.key");
		refused(remove(owner, "svc-test-unknown", 0), "NOT_FOUND", "key");

		// the stakeholder reads every write, accepted and refused, in its audit trail
		List<JsonNode> audit = nodes(as(graphQl, owner)
			.document(
					"""
							{ auditTrail(first: 100) { edges { node { outcome error operation id expectedVersion version before after } } } }
							""")
			.execute()
			.path("auditTrail")
			.entity(JsonNode.class)
			.get()).stream()
			.filter(entry -> entry.path("id").asText().equals("SupportService:svc-test-stale"))
			.toList();
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.path("operation").asText()).isEqualTo("changeSupportService");
			assertThat(entry.path("outcome").asText()).isEqualTo("ACCEPTED");
			assertThat(entry.path("version").asInt()).isEqualTo(2);
			assertThat(entry.path("after").asText()).contains("Eerste wijziging");
		});
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.path("operation").asText()).isEqualTo("removeSupportService");
			assertThat(entry.path("outcome").asText()).isEqualTo("REFUSED");
			assertThat(entry.path("error").asText()).isEqualTo("CONFLICT");
		});
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.path("operation").asText()).isEqualTo("createSupportService");
			assertThat(entry.path("outcome").asText()).isEqualTo("REFUSED");
			assertThat(entry.path("error").asText()).isEqualTo("CONFLICT");
		});
	}

}
