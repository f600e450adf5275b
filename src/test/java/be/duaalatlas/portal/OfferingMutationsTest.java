package be.duaalatlas.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.portal.PortalTesting.HOSTILE_KEYS;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code createOffering}, {@code changeOffering} and {@code removeOffering} with real
 * signed JWTs: the provider on its own offerings, another provider (FORBIDDEN), bad
 * tokens, inputs that break the providers' CSV rules, keys that are not slugs, a stale
 * version, an existing key, unknown keys. After every refusal the offering is exactly as
 * it was.
 */
class OfferingMutationsTest extends AtlasIntegrationTest {

	static final String RESULT = """
			{
			    offering { id version postcode language start programme { code } provider { id name kind } }
			    change { kind id operation version fields }
			    visibleEverywhereBy
			}
			""";

	static final String CREATE = "mutation($input: OfferingInput!) { createOffering(input: $input) " + RESULT + " }";

	static final String CHANGE = "mutation($input: OfferingInput!, $version: Int!) { changeOffering(input: $input, version: $version) "
			+ RESULT + " }";

	static final String REMOVE = """
			mutation($key: ID!, $version: Int!) {
			  removeOffering(key: $key, version: $version) { id change { kind id operation version } visibleEverywhereBy }
			}
			""";

	static final String READ = """
			query($id: ID!) {
			  node(id: $id) { ... on Offering { id version postcode language start programme { code } provider { id name kind }
			                                    contact { website email phone enrolmentUrl } } }
			}
			""";

	static final String OTHER_PROVIDER = "another-school";

	@LocalServerPort
	int port;

	/** An offering of the sample, its key and its provider. */
	JsonNode existing;

	String key;

	String provider;

	@BeforeEach
	void pick() {
		key = graphQl.document("""
				{ search(filter: { kinds: [OFFERING] }, sort: NAME, first: 10) {
				    edges { node { ... on Offering { id } } } } }
				""")
			.execute()
			.path("search.edges[6].node.id")
			.entity(String.class)
			.get()
			.substring("Offering:".length());
		existing = read(key);
		provider = existing.path("provider").path("id").asText();
	}

	private JsonNode read(String offeringKey) {
		return graphQl.document(READ)
			.variable("id", "Offering:" + offeringKey)
			.execute()
			.path("node")
			.entity(JsonNode.class)
			.get();
	}

	/** The input that keeps an offering of the sample as it is, but for what is given. */
	private Map<String, Object> input(String offeringKey, String providerId, String programme, String postcode) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", offeringKey);
		input.put("providerId", providerId);
		input.put("programmeCode", programme);
		input.put("providerName", existing.path("provider").path("name").asText());
		input.put("providerKind", existing.path("provider").path("kind").asText());
		input.put("postcode", postcode);
		input.put("language", "nl");
		input.put("start", "2027-09-01");
		input.put("website", "https://www.school.example");
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

	private GraphQlTester.Response remove(String token, String offeringKey, int version) {
		return (token == null ? graphQl : as(graphQl, token)).document(REMOVE)
			.variable("key", offeringKey)
			.variable("version", version)
			.execute();
	}

	private String programme() {
		return existing.path("programme").path("code").asText();
	}

	@Test
	void withoutATokenEveryOfferingWriteIsUnauthorized() {
		String fresh = provider + "--" + UUID.randomUUID();
		refused(create(null, input(fresh, provider, programme(), "9000")), "UNAUTHORIZED", null);
		refused(change(null, input(key, provider, programme(), "9000"), existing.path("version").asInt()),
				"UNAUTHORIZED", null);
		refused(remove(null, key, existing.path("version").asInt()), "UNAUTHORIZED", null);
		assertThat(read(key)).isEqualTo(existing);
		refused(graphQl.document(READ).variable("id", "Offering:" + fresh).execute(), "NOT_FOUND", "id");
	}

	@Test
	void anExpiredTokenAWrongIssuerAndAWrongAudienceAreRefusedWith401ForEveryOfferingWrite() {
		int v = existing.path("version").asInt();
		Map<String, Map<String, Object>> writes = Map.of(CREATE,
				Map.of("input", input(provider + "--" + UUID.randomUUID(), provider, programme(), "9000")), CHANGE,
				Map.of("input", input(key, provider, programme(), "9000"), "version", v), REMOVE,
				Map.of("key", key, "version", v));
		writes.forEach((document, variables) -> {
			badTokensRefusedWith401(port, provider, Right.OFFERINGS, document, variables);
		});
		assertThat(read(key)).isEqualTo(existing);
	}

	@Test
	void anotherProviderIsForbidden() {
		int v = existing.path("version").asInt();
		String other = token(OTHER_PROVIDER, Right.OFFERINGS);
		refused(create(other, input(provider + "--" + UUID.randomUUID(), provider, programme(), "9000")), "FORBIDDEN",
				null);
		refused(change(other, input(key, provider, programme(), "9000"), v), "FORBIDDEN", null);
		refused(change(other, input(key, OTHER_PROVIDER, programme(), "9000"), v), "FORBIDDEN", null);
		refused(remove(other, key, v), "FORBIDDEN", null);
		// the provider itself may not hand its offering to another provider
		refused(change(token(provider, Right.OFFERINGS), input(key, OTHER_PROVIDER, programme(), "9000"), v),
				"FORBIDDEN", null);
		// the right organisation without the right
		refused(remove(token(provider, Right.WORKPLACES, Right.STAKEHOLDER), key, v), "FORBIDDEN", null);
		assertThat(read(key)).isEqualTo(existing);
	}

	@Test
	void theProviderCreatesChangesAndRemovesItsOfferingAndSearchShowsEachAtOnce() {
		String own = token(provider, Right.OFFERINGS);
		String fresh = provider + "--" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode created = create(own, input(fresh, provider, programme(), "9000")).path("createOffering")
			.entity(JsonNode.class)
			.get();
		assertThat(created.path("offering").path("id").asText()).isEqualTo("Offering:" + fresh);
		assertThat(created.path("offering").path("version").asInt()).isEqualTo(1);
		assertThat(created.path("offering").path("postcode").asText()).isEqualTo("9000");
		assertThat(created.path("change").path("operation").asText()).isEqualTo("CREATED");
		assertThat(offeringsNear("9000")).contains("Offering:" + fresh);

		JsonNode changed = change(own, input(fresh, provider, programme(), "3500"), 1).path("changeOffering")
			.entity(JsonNode.class)
			.get();
		assertThat(changed.path("offering").path("version").asInt()).isEqualTo(2);
		assertThat(changed.path("change").path("operation").asText()).isEqualTo("CHANGED");
		assertThat(offeringsNear("9000")).doesNotContain("Offering:" + fresh);
		assertThat(offeringsNear("3500")).contains("Offering:" + fresh);
		assertThat(read(fresh).path("postcode").asText()).isEqualTo("3500");

		JsonNode removed = remove(own, fresh, 2).path("removeOffering").entity(JsonNode.class).get();
		assertThat(removed.path("change").path("operation").asText()).isEqualTo("REMOVED");
		assertThat(offeringsNear("3500")).doesNotContain("Offering:" + fresh);
		refused(graphQl.document(READ).variable("id", "Offering:" + fresh).execute(), "NOT_FOUND", "id");

		List<String> feed = graphQl
			.document("{ changes(kinds: [OFFERING], first: 100) { edges { node { id operation version } } } }")
			.execute()
			.path("changes.edges[*].node")
			.entityList(JsonNode.class)
			.get()
			.stream()
			.filter(change -> change.path("id").asText().equals("Offering:" + fresh))
			.map(change -> change.path("operation").asText() + "@" + change.path("version").asInt())
			.toList();
		assertThat(feed).containsExactly("CREATED@1", "CHANGED@2", "REMOVED@3");
	}

	@Test
	void theProviderChangesAnOfferingOfTheSample() {
		int v = existing.path("version").asInt();
		String own = token(provider, Right.OFFERINGS);
		Map<String, Object> input = input(key, provider, programme(), existing.path("postcode").asText());
		// the sample's contact stays what it was: other tests read the offerings'
		// contact routes
		JsonNode contact = existing.path("contact");
		for (String field : new String[] { "website", "email", "phone", "enrolmentUrl" }) {
			input.remove(field);
			if (contact.hasNonNull(field)) {
				input.put(field, contact.path(field).asText());
			}
		}
		JsonNode changed = change(own, input, v).path("changeOffering.offering").entity(JsonNode.class).get();
		assertThat(changed.path("version").asInt()).isEqualTo(v + 1);
		assertThat(changed.path("start").asText()).isEqualTo("2027-09-01");
		assertThat(read(key).path("version").asInt()).isEqualTo(v + 1);
	}

	@Test
	void badInputsAreBadRequestsByTheProvidersCsvRulesStaleVersionsAndExistingKeysConflicts() {
		int v = existing.path("version").asInt();
		String own = token(provider, Right.OFFERINGS);
		String fresh = provider + "--" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(refused(create(own, input(fresh, provider, "no-such-programme", "9000")), "BAD_REQUEST",
				"input.programmeCode")
			.getMessage()).isEqualTo("unknown programme code 'no-such-programme'");
		assertThat(refused(create(own, input(fresh, provider, programme(), "9999")), "BAD_REQUEST", "input.postcode")
			.getMessage()).contains("unknown postcode '9999'");
		Map<String, Object> german = input(fresh, provider, programme(), "9000");
		german.put("language", "de");
		refused(create(own, german), "BAD_REQUEST", "input.language");
		Map<String, Object> badStart = input(fresh, provider, programme(), "9000");
		badStart.put("start", "2027-13-01");
		refused(create(own, badStart), "BAD_REQUEST", "input.start");
		Map<String, Object> noContact = input(fresh, provider, programme(), "9000");
		noContact.remove("website");
		assertThat(refused(create(own, noContact), "BAD_REQUEST", "input").getMessage()).contains("no contact route");
		Map<String, Object> longName = input(fresh, provider, programme(), "9000");
		longName.put("providerName", "x".repeat(5000));
		refused(create(own, longName), "BAD_REQUEST", "input.providerName");
		refused(create(own, input("x".repeat(500), provider, programme(), "9000")), "BAD_REQUEST", "input.key");
		refused(create(own, input(key, provider, programme(), "9000")), "CONFLICT", "input.key");
		refused(change(own, input(key, provider, programme(), "9000"), v + 1), "CONFLICT", "version");
		refused(remove(own, key, v + 1), "CONFLICT", "version");
		refused(change(own, input(fresh, provider, programme(), "9000"), 1), "NOT_FOUND", "input.key");
		refused(remove(own, fresh, 1), "NOT_FOUND", "key");
		assertThat(read(key)).isEqualTo(existing);
		refused(graphQl.document(READ).variable("id", "Offering:" + fresh).execute(), "NOT_FOUND", "id");
	}

	@Test
	void keysThatAreNotSlugsAreBadRequestsNamingTheKeyAndNothingIsWritten() {
		int v = existing.path("version").asInt();
		String own = token(provider, Right.OFFERINGS);
		long offerings = offeringCount();
		for (String bad : HOSTILE_KEYS) {
			assertThat(refused(create(own, input(bad, provider, programme(), "9000")), "BAD_REQUEST", "input.key")
				.getMessage()).as(bad)
				.contains("must be lower case letters, digits and hyphens")
				.doesNotContain("\u0000");
		}
		// the key that names the record to change or remove passes the same rule
		for (String bad : List.of("..", "_search")) {
			refused(change(own, input(bad, provider, programme(), "9000"), v), "BAD_REQUEST", "input.key");
			refused(remove(own, bad, v), "BAD_REQUEST", "key");
		}
		assertThat(offeringCount()).isEqualTo(offerings);
		assertThat(read(key)).isEqualTo(existing);
		List<String> changed = graphQl.document("{ changes(kinds: [OFFERING], first: 100) { edges { node { id } } } }")
			.execute()
			.path("changes.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(changed).noneMatch(id -> HOSTILE_KEYS.stream().anyMatch(bad -> id.endsWith(bad)));
	}

	private long offeringCount() {
		return graphQl.document("{ search(filter: { kinds: [OFFERING] }, first: 1) { totalCount } }")
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
	}

	/** Offerings the public finds near a postcode. */
	private List<String> offeringsNear(String postcode) {
		return graphQl.document("""
				query($p: String!) {
				  search(filter: { kinds: [OFFERING] }, near: { postcode: $p, radiusKm: 2 }, first: 100) {
				    edges { node { ... on Offering { id } } }
				  }
				}
				""").variable("p", postcode).execute().path("search.edges[*].node.id").entityList(String.class).get();
	}

}
