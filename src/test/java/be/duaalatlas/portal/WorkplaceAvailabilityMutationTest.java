package be.duaalatlas.portal;

import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.portal.PortalTesting.Workplace;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.texts;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.portal.PortalTesting.ownCompany;
import static be.duaalatlas.portal.PortalTesting.ownSoleTrader;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.portal.PortalTesting.refusedWith401;
import static be.duaalatlas.portal.PortalTesting.workplace;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code setWorkplaceAvailability} with real signed JWTs: no token, expired, wrong
 * issuer, wrong audience, the right role for another organisation, the right organisation
 * without the right, and the right organisation; then what a bad input, a stale version
 * and an unknown workplace get. After every refusal the workplace is exactly as it was.
 */
class WorkplaceAvailabilityMutationTest extends AtlasIntegrationTest {

	static final String SET = "portal/setWorkplaceAvailability";

	static final String OTHER_COMPANY = "0999999999";

	@LocalServerPort
	int port;

	Workplace company;

	Workplace soleTrader;

	/** Each test writes workplaces of its own. */
	@BeforeEach
	void pickWorkplaces() {
		company = ownCompany(graphQl);
		soleTrader = ownSoleTrader(graphQl);
	}

	private GraphQlTester.Response set(String token, Workplace workplace, int version, boolean looking, Integer places,
			String from) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("establishmentNumber", workplace.establishmentNumber());
		input.put("version", version);
		input.put("lookingForLearner", looking);
		input.put("places", places);
		input.put("availableFrom", from);
		return as(graphQl, token).documentName(SET).variable("input", input).execute();
	}

	@Test
	void withoutATokenTheWriteIsUnauthorizedAndTheWorkplaceUnchanged() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		refused(set(null, before, before.version(), true, 2, null), "UNAUTHORIZED", null);
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(before);
	}

	@Test
	void anExpiredTokenAWrongIssuerAndAWrongAudienceAreRefusedWith401BeforeAnythingRuns() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		Map<String, Object> variables = Map.of("input", Map.of("establishmentNumber", before.establishmentNumber(),
				"version", before.version(), "lookingForLearner", !Boolean.TRUE.equals(before.lookingForLearner())));
		badTokensRefusedWith401(port, before.owner(), Right.WORKPLACES, GraphQlDocuments.text(SET), variables);
		refusedWith401(port, "not-a-jwt", GraphQlDocuments.text(SET), variables, "Malformed");
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(before);
	}

	@Test
	void theRightRoleForAnotherOrganisationIsForbidden() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		refused(set(token(OTHER_COMPANY, Right.WORKPLACES), before, before.version(), true, 2, null), "FORBIDDEN",
				null);
		// a sole trader's establishment is not the company's either
		Workplace trader = workplace(graphQl, soleTrader.establishmentNumber());
		refused(set(token(before.owner(), Right.WORKPLACES), trader, trader.version(), true, 1, null), "FORBIDDEN",
				null);
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(before);
		assertThat(workplace(graphQl, soleTrader.establishmentNumber())).isEqualTo(trader);
	}

	@Test
	void theRightOrganisationWithoutTheRightIsForbidden() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		refused(set(token(before.owner(), Right.OFFERINGS, Right.AUDIT), before, before.version(), true, 2, null),
				"FORBIDDEN", null)
			.getMessage();
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(before);
	}

	@Test
	void theRightOrganisationChangesItsWorkplaceAndSearchShowsItAtOnce() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		boolean looking = !Boolean.TRUE.equals(before.lookingForLearner());

		JsonNode payload = set(token(before.owner(), Right.WORKPLACES), before, before.version(), looking, 3,
				"2027-02-01")
			.path("setWorkplaceAvailability")
			.entity(JsonNode.class)
			.get();

		assertThat(payload.path("workplace").path("lookingForLearner").asBoolean()).isEqualTo(looking);
		assertThat(payload.path("workplace").path("places").asInt()).isEqualTo(3);
		assertThat(payload.path("workplace").path("availableFrom").asText()).isEqualTo("2027-02-01");
		assertThat(payload.path("workplace").path("version").asInt()).isEqualTo(before.version() + 1);
		JsonNode change = payload.path("change");
		assertThat(change.path("kind").asText()).isEqualTo("WORKPLACE");
		assertThat(change.path("id").asText()).isEqualTo("Workplace:" + before.establishmentNumber());
		assertThat(change.path("operation").asText()).isEqualTo("CHANGED");
		assertThat(change.path("version").asInt()).isEqualTo(before.version() + 1);
		assertThat(texts(change.path("fields"))).containsExactlyInAnyOrder("lookingForLearner", "places",
				"availableFrom", "lastConfirmed");
		assertThat(payload.path("visibleEverywhereBy").asText()).isNotBlank();

		Workplace after = workplace(graphQl, company.establishmentNumber());
		assertThat(after).isEqualTo(new Workplace(before.establishmentNumber(), before.enterpriseNumber(),
				before.municipality(), before.version() + 1, looking, 3, "2027-02-01"));
		// search, with its caches, shows the change when the mutation has returned
		List<String> found = texts(graphQl.documentName("portal/searchWorkplacesByMunicipalityAndLookingForLearner")
			.variable("m", before.municipality())
			.variable("looking", looking)
			.execute()
			.path("search.edges[*].node.establishmentNumber")
			.entity(JsonNode.class)
			.get());
		assertThat(found).contains(before.establishmentNumber());
	}

	@Test
	void aSoleTraderWritesItsOwnEstablishmentByItsEstablishmentNumber() {
		Workplace before = workplace(graphQl, soleTrader.establishmentNumber());
		set(token(before.establishmentNumber(), Right.WORKPLACES), before, before.version(), true, 1, null)
			.path("setWorkplaceAvailability.workplace.version")
			.entity(Integer.class)
			.isEqualTo(before.version() + 1);
		assertThat(workplace(graphQl, soleTrader.establishmentNumber()).lookingForLearner()).isTrue();
	}

	@Test
	void aBadInputIsABadRequestNamingTheInputFieldByTheCompaniesCsvRule() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		String owner = before.owner();
		assertThat(refused(set(token(owner, Right.WORKPLACES), before, before.version(), true, 501, null),
				"BAD_REQUEST", "input.places")
			.getMessage()).isEqualTo("places 501 is not between 0 and 500");
		assertThat(refused(set(token(owner, Right.WORKPLACES), before, before.version(), true, -1, null), "BAD_REQUEST",
				"input.places")
			.getMessage()).isEqualTo("places -1 is not between 0 and 500");
		assertThat(refused(set(token(owner, Right.WORKPLACES), before, before.version(), true, null, "2027-13-01"),
				"BAD_REQUEST", "input.availableFrom")
			.getMessage()).contains("is not a date");
		refused(set(token(owner, Right.WORKPLACES), before, before.version(), true, null, "x".repeat(5000)),
				"BAD_REQUEST", "input.availableFrom");
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflictAndOverwritesNothing() {
		Workplace before = workplace(graphQl, company.establishmentNumber());
		String owner = before.owner();
		set(token(owner, Right.WORKPLACES), before, before.version(), true, 4, null).errors().verify();
		Workplace written = workplace(graphQl, company.establishmentNumber());

		assertThat(refused(set(token(owner, Right.WORKPLACES), before, before.version(), false, 0, null), "CONFLICT",
				"version")
			.getMessage()).contains("version " + written.version());
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(written);
	}

	@Test
	void anUnknownWorkplaceIsNotFound() {
		Workplace unknown = new Workplace("9.999.999.999", null, null, 0, null, null, null);
		refused(set(token("9.999.999.999", Right.WORKPLACES), unknown, 0, true, 1, null), "NOT_FOUND",
				"input.establishmentNumber");
	}

}
