package be.duaalatlas.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.portal.PortalTesting.KeyedWrites;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static be.duaalatlas.portal.PortalTesting.HOSTILE_KEYS;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.portal.PortalTesting.changes;
import static be.duaalatlas.portal.PortalTesting.refused;
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

	static final String CREATE = "portal/createOffering";

	static final String CHANGE = "portal/changeOffering";

	static final String REMOVE = "portal/removeOffering";

	static final String OTHER_PROVIDER = "another-school";

	@LocalServerPort
	int port;

	KeyedWrites writes;

	/** An offering of the sample, its key and its provider. */
	JsonNode existing;

	String key;

	String provider;

	/** Each test writes an offering of its own. */
	@BeforeEach
	void pick() {
		writes = new KeyedWrites(graphQl, CREATE, CHANGE, REMOVE);
		key = SampleRecords.offering(graphQl);
		existing = read(key);
		provider = existing.path("provider").path("id").asText();
	}

	private JsonNode read(String offeringKey) {
		return graphQl.documentName("portal/offeringNode")
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

	private String programme() {
		return existing.path("programme").path("code").asText();
	}

	@Test
	void withoutATokenEveryOfferingWriteIsUnauthorized() {
		String fresh = provider + "--" + UUID.randomUUID();
		refused(writes.create(null, input(fresh, provider, programme(), "9000")), "UNAUTHORIZED", null);
		refused(writes.change(null, input(key, provider, programme(), "9000"), existing.path("version").asInt()),
				"UNAUTHORIZED", null);
		refused(writes.remove(null, key, existing.path("version").asInt()), "UNAUTHORIZED", null);
		assertThat(read(key)).isEqualTo(existing);
		refused(graphQl.documentName("portal/offeringNode").variable("id", "Offering:" + fresh).execute(), "NOT_FOUND",
				"id");
	}

	@Test
	void anExpiredTokenAWrongIssuerAndAWrongAudienceAreRefusedWith401ForEveryOfferingWrite() {
		int v = existing.path("version").asInt();
		Map<String, Map<String, Object>> writes = Map.of(CREATE,
				Map.of("input", input(provider + "--" + UUID.randomUUID(), provider, programme(), "9000")), CHANGE,
				Map.of("input", input(key, provider, programme(), "9000"), "version", v), REMOVE,
				Map.of("key", key, "version", v));
		writes.forEach((document, variables) -> {
			badTokensRefusedWith401(port, provider, Right.OFFERINGS, GraphQlDocuments.text(document), variables);
		});
		assertThat(read(key)).isEqualTo(existing);
	}

	@Test
	void anotherProviderIsForbidden() {
		int v = existing.path("version").asInt();
		String other = token(OTHER_PROVIDER, Right.OFFERINGS);
		refused(writes.create(other, input(provider + "--" + UUID.randomUUID(), provider, programme(), "9000")),
				"FORBIDDEN", null);
		refused(writes.change(other, input(key, provider, programme(), "9000"), v), "FORBIDDEN", null);
		refused(writes.change(other, input(key, OTHER_PROVIDER, programme(), "9000"), v), "FORBIDDEN", null);
		refused(writes.remove(other, key, v), "FORBIDDEN", null);
		// the provider itself may not hand its offering to another provider
		refused(writes.change(token(provider, Right.OFFERINGS), input(key, OTHER_PROVIDER, programme(), "9000"), v),
				"FORBIDDEN", null);
		// the right organisation without the right
		refused(writes.remove(token(provider, Right.WORKPLACES, Right.STAKEHOLDER), key, v), "FORBIDDEN", null);
		assertThat(read(key)).isEqualTo(existing);
	}

	@Test
	void theProviderCreatesChangesAndRemovesItsOfferingAndSearchShowsEachAtOnce() {
		String own = token(provider, Right.OFFERINGS);
		String fresh = provider + "--" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode created = writes.create(own, input(fresh, provider, programme(), "9000"))
			.path("createOffering")
			.entity(JsonNode.class)
			.get();
		assertThat(created.path("offering").path("id").asText()).isEqualTo("Offering:" + fresh);
		assertThat(created.path("offering").path("version").asInt()).isEqualTo(1);
		assertThat(created.path("offering").path("postcode").asText()).isEqualTo("9000");
		assertThat(created.path("change").path("operation").asText()).isEqualTo("CREATED");
		assertThat(offeringsNear("9000")).contains("Offering:" + fresh);

		JsonNode changed = writes.change(own, input(fresh, provider, programme(), "3500"), 1)
			.path("changeOffering")
			.entity(JsonNode.class)
			.get();
		assertThat(changed.path("offering").path("version").asInt()).isEqualTo(2);
		assertThat(changed.path("change").path("operation").asText()).isEqualTo("CHANGED");
		assertThat(offeringsNear("9000")).doesNotContain("Offering:" + fresh);
		assertThat(offeringsNear("3500")).contains("Offering:" + fresh);
		assertThat(read(fresh).path("postcode").asText()).isEqualTo("3500");

		JsonNode removed = writes.remove(own, fresh, 2).path("removeOffering").entity(JsonNode.class).get();
		assertThat(removed.path("change").path("operation").asText()).isEqualTo("REMOVED");
		assertThat(offeringsNear("3500")).doesNotContain("Offering:" + fresh);
		refused(graphQl.documentName("portal/offeringNode").variable("id", "Offering:" + fresh).execute(), "NOT_FOUND",
				"id");

		List<String> feed = changes(graphQl, "OFFERING", "Offering:" + fresh).stream()
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
		JsonNode changed = writes.change(own, input, v).path("changeOffering.offering").entity(JsonNode.class).get();
		assertThat(changed.path("version").asInt()).isEqualTo(v + 1);
		assertThat(changed.path("start").asText()).isEqualTo("2027-09-01");
		assertThat(read(key).path("version").asInt()).isEqualTo(v + 1);
	}

	@Test
	void badInputsAreBadRequestsByTheProvidersCsvRulesStaleVersionsAndExistingKeysConflicts() {
		int v = existing.path("version").asInt();
		String own = token(provider, Right.OFFERINGS);
		String fresh = provider + "--" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(refused(writes.create(own, input(fresh, provider, "no-such-programme", "9000")), "BAD_REQUEST",
				"input.programmeCode")
			.getMessage()).isEqualTo("unknown programme code 'no-such-programme'");
		assertThat(refused(writes.create(own, input(fresh, provider, programme(), "9999")), "BAD_REQUEST",
				"input.postcode")
			.getMessage()).contains("unknown postcode '9999'");
		Map<String, Object> german = input(fresh, provider, programme(), "9000");
		german.put("language", "de");
		refused(writes.create(own, german), "BAD_REQUEST", "input.language");
		Map<String, Object> badStart = input(fresh, provider, programme(), "9000");
		badStart.put("start", "2027-13-01");
		refused(writes.create(own, badStart), "BAD_REQUEST", "input.start");
		Map<String, Object> noContact = input(fresh, provider, programme(), "9000");
		noContact.remove("website");
		assertThat(refused(writes.create(own, noContact), "BAD_REQUEST", "input").getMessage())
			.contains("no contact route");
		Map<String, Object> longName = input(fresh, provider, programme(), "9000");
		longName.put("providerName", "x".repeat(5000));
		refused(writes.create(own, longName), "BAD_REQUEST", "input.providerName");
		refused(writes.create(own, input("x".repeat(500), provider, programme(), "9000")), "BAD_REQUEST", "input.key");
		refused(writes.create(own, input(key, provider, programme(), "9000")), "CONFLICT", "input.key");
		refused(writes.change(own, input(key, provider, programme(), "9000"), v + 1), "CONFLICT", "version");
		refused(writes.remove(own, key, v + 1), "CONFLICT", "version");
		refused(writes.change(own, input(fresh, provider, programme(), "9000"), 1), "NOT_FOUND", "input.key");
		refused(writes.remove(own, fresh, 1), "NOT_FOUND", "key");
		assertThat(read(key)).isEqualTo(existing);
		refused(graphQl.documentName("portal/offeringNode").variable("id", "Offering:" + fresh).execute(), "NOT_FOUND",
				"id");
	}

	@Test
	void keysThatAreNotSlugsAreBadRequestsNamingTheKeyAndNothingIsWritten() {
		int v = existing.path("version").asInt();
		String own = token(provider, Right.OFFERINGS);
		long offerings = offeringCount();
		for (String bad : HOSTILE_KEYS) {
			assertThat(
					refused(writes.create(own, input(bad, provider, programme(), "9000")), "BAD_REQUEST", "input.key")
						.getMessage())
				.as(bad)
				.contains("must be lower case letters, digits and hyphens")
				.doesNotContain("\u0000");
		}
		// the key that names the record to change or remove passes the same rule
		for (String bad : List.of("..", "_search")) {
			refused(writes.change(own, input(bad, provider, programme(), "9000"), v), "BAD_REQUEST", "input.key");
			refused(writes.remove(own, bad, v), "BAD_REQUEST", "key");
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
		return graphQl.documentName("portal/searchOfferingsByNear")
			.variable("p", postcode)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
