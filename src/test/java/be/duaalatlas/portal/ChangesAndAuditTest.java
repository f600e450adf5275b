package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.portal.PortalTesting.Workplace;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.ownCompany;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every accepted write is in the change feed, in order, for anyone; every write, accepted
 * or refused, is in the audit trail, which an organisation reads for itself and an
 * administrator for everyone.
 */
class ChangesAndAuditTest extends AtlasIntegrationTest {

	private JsonNode write(Workplace workplace, int version, int places) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", workplace.establishmentNumber());
		input.put("version", version);
		input.put("lookingForLearner", true);
		input.put("places", places);
		return as(graphQl, token(workplace.owner(), Right.WORKPLACES))
			.documentName(WorkplaceAvailabilityMutationTest.SET)
			.variable("input", input)
			.execute()
			.path("setWorkplaceAvailability")
			.entity(JsonNode.class)
			.get();
	}

	@Test
	void theChangeFeedListsEveryAcceptedWriteInOrderAfterACursor() {
		Workplace a = ownCompany(graphQl);
		Workplace b = ownCompany(graphQl);
		String cursorOfA = write(a, a.version(), 5).path("change").path("cursor").asText();
		write(b, b.version(), 6);
		write(a, a.version() + 1, 7);

		JsonNode page = graphQl.documentName("portal/changesByKindsPaged")
			.variable("after", cursorOfA)
			.execute()
			.path("changes")
			.entity(JsonNode.class)
			.get();
		List<String> changes = new ArrayList<>();
		page.path("edges")
			.forEach(edge -> changes
				.add(edge.path("node").path("id").asText() + "@" + edge.path("node").path("version").asInt()));
		// other tests may write meanwhile; these two are in this order
		assertThat(changes).containsSubsequence("Workplace:" + b.establishmentNumber() + "@" + (b.version() + 1),
				"Workplace:" + a.establishmentNumber() + "@" + (a.version() + 2));
		assertThat(changes).doesNotContain("Workplace:" + a.establishmentNumber() + "@" + (a.version() + 1));
		assertThat(graphQl
			.document("query($after: String) { changes(after: $after, kinds: [PROGRAMME]) { edges { cursor } } }")
			.variable("after", cursorOfA)
			.execute()
			.path("changes.edges")
			.entity(JsonNode.class)
			.get()).isEmpty();
	}

	@Test
	void aCursorFromElsewhereAndTooLargeAPageAreBadRequests() {
		refused(graphQl.document("{ changes(after: \"bm90LWEtY3Vyc29y\") { edges { cursor } } }").execute(),
				"BAD_REQUEST", "after");
		refused(graphQl.document("{ changes(after: \"WyJhIiwxXQ\") { edges { cursor } } }").execute(), "BAD_REQUEST",
				"after");
		refused(graphQl.document("{ changes(first: 101) { edges { cursor } } }").execute(), "BAD_REQUEST", "first");
	}

	static final String AUDIT = "portal/auditTrailByOrganisation";

	@Test
	void theAuditTrailKeepsAcceptedAndRefusedWritesForTheOrganisationAndForAdministrators() {
		Workplace w = ownCompany(graphQl);
		String owner = w.owner();
		JsonNode accepted = write(w, w.version(), 9);
		Map<String, Object> stale = new HashMap<>(Map.of("establishmentNumber", w.establishmentNumber(), "version",
				w.version(), "lookingForLearner", false));
		refused(as(graphQl, token(owner, Right.WORKPLACES)).documentName(WorkplaceAvailabilityMutationTest.SET)
			.variable("input", stale)
			.execute(), "CONFLICT", "version");
		refused(as(graphQl, token("0999999998", Right.WORKPLACES)).documentName(WorkplaceAvailabilityMutationTest.SET)
			.variable("input", stale)
			.execute(), "FORBIDDEN", null);

		List<JsonNode> own = nodes(as(graphQl, token(owner, Right.WORKPLACES)).documentName(AUDIT)
			.execute()
			.path("auditTrail")
			.entity(JsonNode.class)
			.get());
		assertThat(own).allSatisfy(entry -> assertThat(entry.path("organisation").asText()).isEqualTo(owner));
		JsonNode acceptedEntry = own.stream()
			.filter(e -> e.path("outcome").asText().equals("ACCEPTED") && e.path("version").asInt() == w.version() + 1)
			.findFirst()
			.orElseThrow();
		assertThat(acceptedEntry.path("id").asText()).isEqualTo("Workplace:" + w.establishmentNumber());
		assertThat(acceptedEntry.path("operation").asText()).isEqualTo("setWorkplaceAvailability");
		assertThat(acceptedEntry.path("subject").asText()).isEqualTo("test-user@" + owner);
		assertThat(acceptedEntry.path("changeCursor").asText())
			.isEqualTo(accepted.path("change").path("cursor").asText());
		assertThat(acceptedEntry.path("after").asText()).contains("\"places\":9");
		assertThat(acceptedEntry.path("before").asText()).contains("\"places\":");
		assertThat(own).anySatisfy(entry -> {
			assertThat(entry.path("outcome").asText()).isEqualTo("REFUSED");
			assertThat(entry.path("error").asText()).isEqualTo("CONFLICT");
			assertThat(entry.path("expectedVersion").asInt()).isEqualTo(w.version());
		});
		// the other company's refused attempt is its own entry, not the owner's
		List<JsonNode> others = nodes(as(graphQl, token("0999999998", Right.WORKPLACES)).documentName(AUDIT)
			.execute()
			.path("auditTrail")
			.entity(JsonNode.class)
			.get());
		assertThat(others).anySatisfy(entry -> {
			assertThat(entry.path("error").asText()).isEqualTo("FORBIDDEN");
			assertThat(entry.path("id").asText()).isEqualTo("Workplace:" + w.establishmentNumber());
		});

		refused(as(graphQl, token(owner, Right.WORKPLACES)).documentName(AUDIT).variable("org", "0999999998").execute(),
				"FORBIDDEN", null);
		refused(graphQl.documentName(AUDIT).execute(), "UNAUTHORIZED", null);
		List<JsonNode> asAdministrator = nodes(
				as(graphQl, token("departement-onderwijs", Right.AUDIT)).documentName(AUDIT)
					.variable("org", owner)
					.execute()
					.path("auditTrail")
					.entity(JsonNode.class)
					.get());
		assertThat(asAdministrator).extracting(e -> e.path("changeCursor").asText())
			.contains(accepted.path("change").path("cursor").asText());
	}

	@Test
	void refusalsWithoutATokenForABadInputAndForAnUnknownRecordAreAuditedToo() {
		Workplace w = ownCompany(graphQl);
		String owner = w.owner();
		Map<String, Object> tooMany = new HashMap<>(Map.of("establishmentNumber", w.establishmentNumber(), "version",
				w.version(), "lookingForLearner", true, "places", 501));
		refused(as(graphQl, token(owner, Right.WORKPLACES)).documentName(WorkplaceAvailabilityMutationTest.SET)
			.variable("input", tooMany)
			.execute(), "BAD_REQUEST", "input.places");
		Map<String, Object> unknown = new HashMap<>(
				Map.of("establishmentNumber", "2.999.999.999", "version", 0, "lookingForLearner", true));
		refused(as(graphQl, token(owner, Right.WORKPLACES)).documentName(WorkplaceAvailabilityMutationTest.SET)
			.variable("input", unknown)
			.execute(), "NOT_FOUND", "input.establishmentNumber");
		refused(graphQl.documentName(WorkplaceAvailabilityMutationTest.SET).variable("input", tooMany).execute(),
				"UNAUTHORIZED", null);

		List<JsonNode> own = nodes(as(graphQl, token(owner, Right.WORKPLACES)).documentName(AUDIT)
			.execute()
			.path("auditTrail")
			.entity(JsonNode.class)
			.get());
		assertThat(own)
			.extracting(e -> e.path("outcome").asText() + " " + e.path("error").asText() + " " + e.path("id").asText()
					+ " " + e.path("subject").asText())
			.contains("REFUSED BAD_REQUEST Workplace:" + w.establishmentNumber() + " test-user@" + owner,
					"REFUSED NOT_FOUND Workplace:2.999.999.999 test-user@" + owner);
		// without a token there is no organisation: administrators read it
		List<JsonNode> everyone = nodes(as(graphQl, token("departement-onderwijs", Right.AUDIT)).documentName(AUDIT)
			.execute()
			.path("auditTrail")
			.entity(JsonNode.class)
			.get());
		assertThat(everyone).anySatisfy(entry -> {
			assertThat(entry.path("error").asText()).isEqualTo("UNAUTHORIZED");
			assertThat(entry.path("id").asText()).isEqualTo("Workplace:" + w.establishmentNumber());
			assertThat(entry.path("organisation").isNull()).isTrue();
		});
	}

}
