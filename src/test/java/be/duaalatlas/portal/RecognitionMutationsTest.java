package be.duaalatlas.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.texts;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.auditTrail;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.portal.PortalTesting.changes;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code recordRecognition}, {@code renewRecognition} and {@code withdrawRecognition}
 * with real signed JWTs: a sectoral partnership in its own sector (construction,
 * {@code sp-bouw}), another partnership and the Vlaams Partnerschap where a partnership
 * is competent (FORBIDDEN), the Vlaams Partnerschap where none is, bad tokens, bad inputs
 * by the register's rules, a stale version, unknown ids. After every refusal the
 * workplace is exactly as it was.
 */
class RecognitionMutationsTest extends AtlasIntegrationTest {

	static final String RECORD = "portal/recordRecognition";

	static final String RENEW = "portal/renewRecognition";

	static final String WITHDRAW = "portal/withdrawRecognition";

	static final String BODY = "sp-bouw";

	@LocalServerPort
	int port;

	/** A construction workplace (sp-bouw's sector), as read before each test. */
	String construction;

	/** A programme it has no recognition for. */
	String programme;

	/** A recognition sp-bouw made of it, from the register. */
	String registered;

	@BeforeEach
	void pick() {
		construction = SampleRecords
			.workplace(graphQl,
					w -> "bouw".equals(w.sector()) && !w.partnerships().isEmpty()
							&& w.partnerships().get(0).equals(BODY))
			.establishmentNumber();
		JsonNode before = read(construction);
		List<String> recognised = before.path("recognitions").findValuesAsText("code");
		programme = graphQl.document("{ programmes(first: 60) { edges { node { code } } } }")
			.execute()
			.path("programmes.edges[*].node.code")
			.entityList(String.class)
			.get()
			.stream()
			.filter(code -> !recognised.contains(code))
			.findFirst()
			.orElseThrow();
		registered = before.path("recognitions").path(0).path("id").asText();
		assertThat(before.path("recognitions").path(0).path("partnership").path("key").asText()).isEqualTo(BODY);
	}

	private JsonNode read(String establishmentNumber) {
		return graphQl.documentName("portal/workplaceRecognitions")
			.variable("e", establishmentNumber)
			.execute()
			.path("workplace")
			.entity(JsonNode.class)
			.get();
	}

	private Map<String, Object> record(String establishmentNumber, int version, String programmeCode, String from,
			String until) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishmentNumber);
		input.put("version", version);
		input.put("programmeCode", programmeCode);
		input.put("validFrom", from);
		input.put("validUntil", until);
		return input;
	}

	private static Map<String, Object> renew(String establishmentNumber, int version, String id, String until) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishmentNumber);
		input.put("version", version);
		input.put("recognitionId", id);
		input.put("validUntil", until);
		return input;
	}

	private static Map<String, Object> withdraw(String establishmentNumber, int version, String id) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishmentNumber);
		input.put("version", version);
		input.put("recognitionId", id);
		return input;
	}

	private GraphQlTester.Response call(String token, String document, Map<String, Object> input) {
		return as(graphQl, token).documentName(document).variable("input", input).execute();
	}

	private int version() {
		return read(construction).path("version").asInt();
	}

	@Test
	void withoutATokenEveryRecognitionWriteIsUnauthorized() {
		JsonNode before = read(construction);
		int v = before.path("version").asInt();
		refused(call(null, RECORD, record(construction, v, programme, null, "2029-06-30")), "UNAUTHORIZED", null);
		refused(call(null, RENEW, renew(construction, v, registered, "2030-06-30")), "UNAUTHORIZED", null);
		refused(call(null, WITHDRAW, withdraw(construction, v, registered)), "UNAUTHORIZED", null);
		assertThat(read(construction)).isEqualTo(before);
	}

	@Test
	void anExpiredTokenAWrongIssuerAndAWrongAudienceAreRefusedWith401ForEveryRecognitionWrite() {
		JsonNode before = read(construction);
		int v = before.path("version").asInt();
		Map<String, Map<String, Object>> writes = Map.of(RECORD, record(construction, v, programme, null, "2029-06-30"),
				RENEW, renew(construction, v, registered, "2030-06-30"), WITHDRAW,
				withdraw(construction, v, registered));
		writes.forEach((document, input) -> {
			badTokensRefusedWith401(port, BODY, Right.RECOGNITIONS, GraphQlDocuments.text(document),
					Map.of("input", input));
		});
		assertThat(read(construction)).isEqualTo(before);
	}

	@Test
	void aRecognisingBodyOutsideItsSectorsIsForbidden() {
		JsonNode before = read(construction);
		int v = before.path("version").asInt();
		for (String other : List.of("sp-horeca", "vpdl")) {
			assertThat(refused(call(token(other, Right.RECOGNITIONS), RECORD,
					record(construction, v, programme, null, "2029-06-30")), "FORBIDDEN", null)
				.getMessage()).startsWith(other + " recognises workplaces in the sectors")
				.endsWith("this workplace is in sector 'bouw'");
			refused(call(token(other, Right.RECOGNITIONS), RENEW, renew(construction, v, registered, "2030-06-30")),
					"FORBIDDEN", null);
			refused(call(token(other, Right.RECOGNITIONS), WITHDRAW, withdraw(construction, v, registered)),
					"FORBIDDEN", null);
		}
		// the right organisation without the right: a token for sp-bouw that may only
		// manage services
		refused(call(token(BODY, Right.STAKEHOLDER), RECORD, record(construction, v, programme, null, "2029-06-30")),
				"FORBIDDEN", null);
		assertThat(read(construction)).isEqualTo(before);
	}

	@Test
	void theSectoralPartnershipRecordsRenewsAndWithdrawsAndSearchShowsEachAtOnce() {
		int v = version();
		JsonNode recorded = call(token(BODY, Right.RECOGNITIONS), RECORD,
				record(construction, v, programme, "2026-09-01", "2029-06-30"))
			.path("recordRecognition")
			.entity(JsonNode.class)
			.get();
		String id = recorded.path("recognition").path("id").asText();
		assertThat(id).startsWith("API-");
		assertThat(recorded.path("recognition").path("status").asText()).isEqualTo("ACTIVE");
		assertThat(recorded.path("recognition").path("programme").path("code").asText()).isEqualTo(programme);
		assertThat(recorded.path("recognition").path("partnership").path("key").asText()).isEqualTo(BODY);
		assertThat(recorded.path("workplace").path("version").asInt()).isEqualTo(v + 1);
		assertThat(recorded.path("change").path("id").asText()).isEqualTo("Workplace:" + construction);
		assertThat(texts(recorded.path("change").path("fields"))).contains("recognitions", "programmeCodes",
				"partnerships");
		assertThat(recognisedFor(programme, "2027-01-15")).contains(construction);

		JsonNode renewed = call(token(BODY, Right.RECOGNITIONS), RENEW, renew(construction, v + 1, id, "2031-06-30"))
			.path("renewRecognition")
			.entity(JsonNode.class)
			.get();
		assertThat(renewed.path("recognition").path("validUntil").asText()).isEqualTo("2031-06-30");
		assertThat(recognisedFor(programme, "2030-09-01")).contains(construction);

		JsonNode withdrawn = call(token(BODY, Right.RECOGNITIONS), WITHDRAW, withdraw(construction, v + 2, id))
			.path("withdrawRecognition")
			.entity(JsonNode.class)
			.get();
		assertThat(withdrawn.path("recognition").path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.path("workplace").path("version").asInt()).isEqualTo(v + 3);
		assertThat(recognisedFor(programme, "2027-01-15")).doesNotContain(construction);
		assertThat(read(construction).path("recognitions").findValuesAsText("id")).contains(id, registered);

		// each write is in the change feed, and in the body's audit trail
		assertThat(changes(graphQl, "WORKPLACE", "Workplace:" + construction))
			.anySatisfy(change -> assertThat(change.path("version").asInt()).isEqualTo(v + 3));
		assertThat(auditTrail(graphQl, token(BODY, Right.RECOGNITIONS), "Workplace:" + construction))
			.extracting(entry -> entry.path("operation").asText())
			.contains("recordRecognition", "renewRecognition", "withdrawRecognition");
	}

	@Test
	void theVlaamsPartnerschapRecordsWhereNoSectoralPartnershipIsCompetent() {
		String care = SampleRecords
			.workplace(graphQl, w -> List.of("zorg-welzijn", "logistiek-transport").contains(w.sector()))
			.establishmentNumber();
		int v = read(care).path("version").asInt();
		refused(call(token(BODY, Right.RECOGNITIONS), RECORD, record(care, v, programme, null, "2029-06-30")),
				"FORBIDDEN", null);
		JsonNode recorded = call(token("vpdl", Right.RECOGNITIONS), RECORD,
				record(care, v, programme, null, "2029-06-30"))
			.path("recordRecognition")
			.entity(JsonNode.class)
			.get();
		assertThat(recorded.path("recognition").path("partnership").path("key").asText()).isEqualTo("vpdl");
		assertThat(recorded.path("workplace").path("version").asInt()).isEqualTo(v + 1);
	}

	@Test
	void badInputsAreBadRequestsByTheRegistersRulesAStaleVersionAConflictUnknownIdsNotFound() {
		JsonNode before = read(construction);
		int v = before.path("version").asInt();
		String body = token(BODY, Right.RECOGNITIONS);
		assertThat(refused(call(body, RECORD, record(construction, v, programme, "2029-01-01", "2028-01-01")),
				"BAD_REQUEST", "input.validUntil")
			.getMessage()).isEqualTo("valid_until 2028-01-01 is before valid_from 2029-01-01");
		assertThat(refused(call(body, RECORD, record(construction, v, "no-such-programme", null, "2029-01-01")),
				"BAD_REQUEST", "input.programmeCode")
			.getMessage()).isEqualTo("unknown programme code 'no-such-programme'");
		refused(call(body, RECORD, record(construction, v, programme, "2029-02-30", "2030-01-01")), "BAD_REQUEST",
				"input.validFrom");
		refused(call(body, RECORD, record(construction, v, "x".repeat(5000), null, "2030-01-01")), "BAD_REQUEST",
				"input.programmeCode");
		refused(call(body, RENEW, renew(construction, v, registered, "someday")), "BAD_REQUEST", "input.validUntil");
		refused(call(body, RECORD, record("2.100", v, programme, null, "2030-01-01")), "BAD_REQUEST",
				"input.establishmentNumber");
		refused(call(body, RECORD, record(construction, v + 1, programme, null, "2030-01-01")), "CONFLICT", "version");
		refused(call(body, RENEW, renew(construction, v + 1, registered, "2030-01-01")), "CONFLICT", "version");
		refused(call(body, RECORD, record("8.999.999.999", 0, programme, null, "2030-01-01")), "NOT_FOUND",
				"input.establishmentNumber");
		refused(call(body, WITHDRAW, withdraw(construction, v, "no-such-recognition")), "NOT_FOUND",
				"input.recognitionId");
		assertThat(read(construction)).isEqualTo(before);
	}

	/** Workplaces the public finds recognised for a programme on a day. */
	private List<String> recognisedFor(String programmeCode, String day) {
		return graphQl.documentName("portal/workplacesRecognisedOn")
			.variable("p", programmeCode)
			.variable("day", day)
			.execute()
			.path("workplaces.edges[*].node.establishmentNumber")
			.entityList(String.class)
			.get();
	}

}
