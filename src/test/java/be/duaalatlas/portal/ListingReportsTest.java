package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.portal.PortalTesting.Workplace;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.portal.PortalTesting.ownCompany;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reportListing} is a public write: anyone, without a token, reports a public
 * record, and the report is kept for the organisation that owns the record. Only that
 * organisation reads it ({@code listingReports}, with real signed JWTs: no token,
 * expired, wrong issuer, wrong audience, another organisation, the owner). Every input is
 * bounded and checked; anonymous writes have a budget per address of their own, spent
 * last here (a deployment with a small budget).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListingReportsTest extends AtlasIntegrationTest {

	static final int BUDGET = 40;

	static final String REPORTS = "portal/listingReports";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void smallBudget(DynamicPropertyRegistry registry) {
		registry.add("atlas.rate-limit.public-writes.burst", () -> Integer.toString(BUDGET));
		registry.add("atlas.rate-limit.public-writes.requests-per-minute", () -> "1");
	}

	private GraphQlTester.Response report(String token, String id, String reason, String comment) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("reason", reason);
		input.put("comment", comment);
		return as(graphQl, token).documentName("portal/reportListing").variable("input", input).execute();
	}

	/** The reports a token's organisation reads. */
	private List<JsonNode> reportsOf(String token) {
		return nodes(as(graphQl, token).documentName(REPORTS)
			.variable("first", 100)
			.execute()
			.path("listingReports")
			.entity(JsonNode.class)
			.get());
	}

	/** A company's workplace that this test owns. */
	private Workplace company() {
		return ownCompany(graphQl);
	}

	@Test
	@Order(1)
	void anyoneReportsAPublicRecordAnonymouslyAndOnlyItsOwnerReadsTheReport() {
		Workplace workplace = company();
		JsonNode received = report(null, "Workplace:" + workplace.establishmentNumber(), "INCORRECT",
				"  Dit bedrijf zoekt al lang geen leerling meer.  ")
			.path("reportListing")
			.entity(JsonNode.class)
			.get();
		assertThat(received.path("record").asText()).isEqualTo("Workplace:" + workplace.establishmentNumber());
		assertThat(received.path("reportId").asText()).isNotBlank();
		// a token on the public write changes nothing: it is anonymous all the same
		report(token("9999999999", Right.WORKPLACES), "Stakeholder:cevora", "REMOVE_MY_DATA", null).errors().verify();

		List<JsonNode> owners = reportsOf(token(workplace.owner(), Right.WORKPLACES));
		assertThat(owners).filteredOn(r -> r.path("id").asText().equals(received.path("reportId").asText()))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.path("record").asText()).isEqualTo("Workplace:" + workplace.establishmentNumber());
				assertThat(r.path("reason").asText()).isEqualTo("INCORRECT");
				assertThat(r.path("comment").asText()).isEqualTo("Dit bedrijf zoekt al lang geen leerling meer.");
			});
		assertThat(owners).allSatisfy(r -> assertThat(r.path("record").asText()).startsWith("Workplace:"));
		// the owner's reports, with any right; the report about cevora is cevora's
		assertThat(reportsOf(token(workplace.owner(), Right.AUDIT))).extracting(r -> r.path("id").asText())
			.contains(received.path("reportId").asText());
		assertThat(reportsOf(token("cevora", Right.STAKEHOLDER))).extracting(r -> r.path("record").asText())
			.containsOnly("Stakeholder:cevora");

		// audited without the reporter: no subject, no organisation, no comment
		List<JsonNode> audit = nodes(
				as(graphQl, token("departement-onderwijs", Right.AUDIT)).documentName("portal/auditTrailOfReports")
					.execute()
					.path("auditTrail")
					.entity(JsonNode.class)
					.get());
		assertThat(audit).filteredOn(entry -> entry.path("after").asText().contains(received.path("reportId").asText()))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.path("operation").asText()).isEqualTo("reportListing");
				assertThat(entry.path("outcome").asText()).isEqualTo("ACCEPTED");
				assertThat(entry.path("id").asText()).isEqualTo("Workplace:" + workplace.establishmentNumber());
				assertThat(entry.path("subject").isNull()).isTrue();
				assertThat(entry.path("organisation").isNull()).isTrue();
				assertThat(entry.path("after").asText()).doesNotContain("leerling");
			});
	}

	@Test
	@Order(2)
	void nobodyElseReadsTheReports() {
		Workplace workplace = company();
		String reportId = report(null, "Workplace:" + workplace.establishmentNumber(), "REMOVE_MY_DATA", null)
			.path("reportListing.reportId")
			.entity(String.class)
			.get();
		refused(graphQl.documentName(REPORTS).variable("first", 10).execute(), "UNAUTHORIZED", null);
		Map<String, Object> variables = Map.of("first", 10);
		badTokensRefusedWith401(port, workplace.owner(), Right.WORKPLACES, GraphQlDocuments.text(REPORTS), variables);
		// the right role for another organisation, and an administrator: not theirs
		assertThat(reportsOf(token("0999999999", Right.WORKPLACES))).extracting(r -> r.path("id").asText())
			.doesNotContain(reportId);
		assertThat(reportsOf(token("departement-onderwijs", Right.AUDIT, Right.MANAGEMENT)))
			.extracting(r -> r.path("id").asText())
			.doesNotContain(reportId);
		assertThat(reportsOf(token(workplace.owner(), Right.WORKPLACES))).extracting(r -> r.path("id").asText())
			.contains(reportId);
	}

	@Test
	@Order(3)
	void everyInputIsBoundedAndChecked() {
		Workplace workplace = company();
		String id = "Workplace:" + workplace.establishmentNumber();
		refused(report(null, id, "INCORRECT", "x".repeat(501)), "BAD_REQUEST", "input.comment");
		// beyond the endpoint's bound on any string, refused before it runs
		refused(report(null, id, "INCORRECT", "x".repeat(1001)), "BAD_REQUEST", "input.comment");
		refused(report(null, "werkplek 2.100", "INCORRECT", null), "BAD_REQUEST", "input.id");
		refused(report(null, "Programme:kapper-stylist-duaal", "INCORRECT", null), "BAD_REQUEST", "input.id");
		refused(report(null, "Workplace:9.999.999.999", "INCORRECT", null), "NOT_FOUND", "input.id");
		List<ResponseError> errors = new ArrayList<>();
		graphQl
			.document("mutation { reportListing(input: { id: \"Stakeholder:vdab\", reason: WHATEVER }) { reportId } }")
			.execute()
			.errors()
			.satisfy(errors::addAll);
		assertThat(errors).isNotEmpty();
		assertThat(reportsOf(token(workplace.owner(), Right.WORKPLACES)))
			.noneSatisfy(r -> assertThat(r.path("comment").asText()).startsWith("xxx"));
	}

	@Test
	@Order(4)
	void anonymousWritesHaveABudgetPerAddressOfTheirOwn() {
		String id = "Stakeholder:vdab";
		ResponseError limited = null;
		int sent = 0;
		while (limited == null && sent < BUDGET + 10) {
			List<ResponseError> errors = new ArrayList<>();
			report(null, id, "INCORRECT", null).errors().satisfy(errors::addAll);
			sent++;
			if (!errors.isEmpty()) {
				limited = errors.get(0);
			}
		}
		assertThat(limited).as("a budget of " + BUDGET + " spent").isNotNull();
		assertThat(limited.getErrorType().toString()).isEqualTo("RATE_LIMITED");
		assertThat(limited.getMessage()).contains("try again in");
		assertThat(sent).isLessThanOrEqualTo(BUDGET + 1);
		// reads are not limited by it
		graphQl.document("{ stakeholder(id: \"vdab\") { key } }").execute().errors().verify();
	}

}
