package be.duaalatlas.portal;

import java.util.HashMap;
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
import static be.duaalatlas.portal.PortalTesting.workplace;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code setWorkplaceListing} with real signed JWTs, and what an unlisted establishment
 * looks like to the public: gone from search, its facet counts, {@code workplaces},
 * {@code near}, {@code workplace} and {@code node} when the mutation returns, and back
 * when it is listed again.
 */
class WorkplaceListingMutationTest extends AtlasIntegrationTest {

	static final String SET = "portal/setWorkplaceListing";

	static final String OTHER_COMPANY = "0999999997";

	@LocalServerPort
	int port;

	Workplace company;

	Workplace soleTrader;

	String companyName;

	String companyPostcode;

	/** Each test writes workplaces of its own. */
	@BeforeEach
	void pickWorkplaces() {
		company = ownCompany(graphQl);
		soleTrader = ownSoleTrader(graphQl);
		JsonNode read = graphQl
			.document("query($e: String!) { workplace(establishmentNumber: $e) { postcode name { value } } }")
			.variable("e", company.establishmentNumber())
			.execute()
			.path("workplace")
			.entity(JsonNode.class)
			.get();
		companyName = read.path("name").path("value").asText();
		companyPostcode = read.path("postcode").asText();
	}

	private static Map<String, Object> input(String establishmentNumber, int version, boolean listed) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishmentNumber);
		input.put("version", version);
		input.put("listed", listed);
		return input;
	}

	private GraphQlTester.Response set(String token, String establishmentNumber, int version, boolean listed) {
		return as(graphQl, token).documentName(SET)
			.variable("input", input(establishmentNumber, version, listed))
			.execute();
	}

	private JsonNode accepted(String token, String establishmentNumber, int version, boolean listed) {
		return set(token, establishmentNumber, version, listed).path("setWorkplaceListing")
			.entity(JsonNode.class)
			.get();
	}

	@Test
	void withoutATokenTheWriteIsUnauthorizedAndTheWorkplaceUnchanged() {
		refused(set(null, company.establishmentNumber(), company.version(), false), "UNAUTHORIZED", null);
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(company);
	}

	@Test
	void anExpiredTokenAWrongIssuerAndAWrongAudienceAreRefusedWith401() {
		Map<String, Object> input = Map.of("input", input(company.establishmentNumber(), company.version(), false));
		badTokensRefusedWith401(port, company.owner(), Right.WORKPLACES, GraphQlDocuments.text(SET), input);
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(company);
	}

	@Test
	void theRightRoleForAnotherOrganisationIsForbidden() {
		refused(set(token(OTHER_COMPANY, Right.WORKPLACES), company.establishmentNumber(), company.version(), false),
				"FORBIDDEN", null);
		// nor may the company take a sole trader's establishment off the listing
		refused(set(token(company.owner(), Right.WORKPLACES), soleTrader.establishmentNumber(), soleTrader.version(),
				false), "FORBIDDEN", null);
		// nor may a recognising body or a provider, whatever its organisation
		refused(set(token(company.owner(), Right.RECOGNITIONS, Right.OFFERINGS), company.establishmentNumber(),
				company.version(), false), "FORBIDDEN", null);
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(company);
		assertThat(workplace(graphQl, soleTrader.establishmentNumber())).isEqualTo(soleTrader);
	}

	@Test
	void aBadInputIsABadRequestAStaleVersionAConflictAnUnknownEstablishmentNotFound() {
		String owner = company.owner();
		assertThat(refused(set(token(owner, Right.WORKPLACES), "2.100", company.version(), false), "BAD_REQUEST",
				"input.establishmentNumber")
			.getMessage()).contains("is not an establishment unit number");
		refused(set(token(owner, Right.WORKPLACES), "2".repeat(5000), company.version(), false), "BAD_REQUEST",
				"input.establishmentNumber");
		refused(set(token(owner, Right.WORKPLACES), company.establishmentNumber(), company.version() + 1, false),
				"CONFLICT", "version");
		refused(set(token("8.999.999.999", Right.WORKPLACES), "8.999.999.999", 0, false), "NOT_FOUND",
				"input.establishmentNumber");
		assertThat(workplace(graphQl, company.establishmentNumber())).isEqualTo(company);
	}

	@Test
	void theCompanyTakesItsEstablishmentOffTheListingAndEveryPublicReadLeavesItOutUntilItIsBack() {
		Seen before = seen(company);
		assertThat(before.searched()).as(before.toString()).contains(company.establishmentNumber());
		assertThat(before.listed()).contains(company.establishmentNumber());
		assertThat(before.near()).contains(company.establishmentNumber());

		JsonNode off = accepted(token(company.owner(), Right.WORKPLACES), company.establishmentNumber(),
				company.version(), false);
		try {
			assertThat(off.path("workplace").path("listed").asBoolean()).isFalse();
			assertThat(off.path("workplace").path("version").asInt()).isEqualTo(company.version() + 1);
			assertThat(off.path("change").path("id").asText()).isEqualTo("Workplace:" + company.establishmentNumber());
			assertThat(texts(off.path("change").path("fields"))).containsExactly("unlisted");

			Seen unlisted = seen(company);
			assertThat(unlisted.searched()).doesNotContain(company.establishmentNumber());
			assertThat(unlisted.workplaceFacet()).isEqualTo(before.workplaceFacet() - 1);
			assertThat(unlisted.total()).isEqualTo(before.total() - 1);
			assertThat(unlisted.listed()).doesNotContain(company.establishmentNumber());
			assertThat(unlisted.listedTotal()).isEqualTo(before.listedTotal() - 1);
			assertThat(unlisted.near()).doesNotContain(company.establishmentNumber());
			assertThat(unlisted.nearTotal()).isEqualTo(before.nearTotal() - 1);
			assertThat(unlisted.suggested()).doesNotContain(company.establishmentNumber());
			refused(graphQl.document("query($e: String!) { workplace(establishmentNumber: $e) { name { value } } }")
				.variable("e", company.establishmentNumber())
				.execute(), "NOT_FOUND", "establishmentNumber");
			refused(graphQl.document("query($id: ID!) { node(id: $id) { id } }")
				.variable("id", "Workplace:" + company.establishmentNumber())
				.execute(), "NOT_FOUND", "id");
			// the change feed says it changed, without who
			assertThat(graphQl.document("{ changes(kinds: [WORKPLACE], first: 100) { edges { node { id fields } } } }")
				.execute()
				.path("changes.edges[*].node.id")
				.entity(JsonNode.class)
				.get()
				.toString()).contains("Workplace:" + company.establishmentNumber());
		}
		finally {
			JsonNode back = accepted(token(company.owner(), Right.WORKPLACES), company.establishmentNumber(),
					company.version() + 1, true);
			assertThat(back.path("workplace").path("listed").asBoolean()).isTrue();
		}
		Workplace relisted = workplace(graphQl, company.establishmentNumber());
		assertThat(relisted.version()).isEqualTo(company.version() + 2);
		Seen after = seen(company);
		assertThat(after.searched()).contains(company.establishmentNumber());
		assertThat(after.workplaceFacet()).isEqualTo(before.workplaceFacet());
		assertThat(after.total()).isEqualTo(before.total());
		assertThat(after.listed()).contains(company.establishmentNumber());
		assertThat(after.listedTotal()).isEqualTo(before.listedTotal());
		assertThat(after.near()).contains(company.establishmentNumber());
		assertThat(after.nearTotal()).isEqualTo(before.nearTotal());
	}

	@Test
	void aSoleTraderTakesItsOwnEstablishmentOffTheListingByItsEstablishmentNumber() {
		String trader = soleTrader.establishmentNumber();
		accepted(token(trader, Right.WORKPLACES), trader, soleTrader.version(), false);
		try {
			refused(graphQl.document("query($e: String!) { workplace(establishmentNumber: $e) { version } }")
				.variable("e", trader)
				.execute(), "NOT_FOUND", "establishmentNumber");
		}
		finally {
			accepted(token(trader, Right.WORKPLACES), trader, soleTrader.version() + 1, true);
		}
		assertThat(workplace(graphQl, trader).version()).isEqualTo(soleTrader.version() + 2);
	}

	/**
	 * What the public sees around a workplace: a search for its name near its postcode
	 * (hits and the WORKPLACE facet), {@code workplaces} there, what is near its
	 * postcode, suggestions for its name.
	 */
	private Seen seen(Workplace workplace) {
		JsonNode read = graphQl.documentName("portal/searchByTextAndNear")
			.variable("text", companyName)
			.variable("p", companyPostcode)
			.variable("prefix", companyName.substring(0, Math.min(8, companyName.length())))
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
		int facet = 0;
		for (JsonNode kind : read.path("search").path("facets").path("kinds")) {
			if (kind.path("value").asText().equals("WORKPLACE")) {
				facet = kind.path("count").asInt();
			}
		}
		return new Seen(read.path("search").path("totalCount").asInt(), facet,
				read.path("search").findValuesAsText("establishmentNumber"),
				read.path("workplaces").path("totalCount").asInt(),
				read.path("workplaces").findValuesAsText("establishmentNumber"),
				read.path("place").path("near").path("totalCount").asInt(),
				read.path("place").path("near").findValuesAsText("establishmentNumber"),
				read.path("suggest").findValuesAsText("id"), read.toString());
	}

	record Seen(int total, int workplaceFacet, List<String> searched, int listedTotal, List<String> listed,
			int nearTotal, List<String> near, List<String> suggested, String read) {
	}

}
