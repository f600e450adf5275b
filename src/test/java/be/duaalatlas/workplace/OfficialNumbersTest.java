package be.duaalatlas.workplace;

import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static be.duaalatlas.GraphQlResults.error;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner apps and schools join the catalogue's workplaces with their own records by the
 * KBO's numbers: an enterprise number or an establishment unit number, typed in any usual
 * writing, finds the workplaces that have it in a text search and in a filter; a number
 * that is none, or whose check digits are wrong, is a BAD_REQUEST naming the filter
 * argument.
 */
class OfficialNumbersTest extends AtlasIntegrationTest {

	@Test
	void anEnterpriseNumberInAnyUsualWritingFindsTheCompanysWorkplaceFirst() {
		JsonNode workplace = aWorkplaceWithAnEnterpriseNumber();
		String number = workplace.path("enterpriseNumber").asText();
		String digits = number.replace(".", "");
		for (String typed : List.of(number, digits,
				"BE " + digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7),
				digits.substring(1))) {
			JsonNode first = data(
					graphQl.documentName("workplace/searchWorkplaceNumbers").variable("text", typed).execute(),
					"search.edges[0]");
			assertThat(first.path("kind").asText()).as("first hit for '%s'", typed).isEqualTo("WORKPLACE");
			assertThat(first.path("node").path("enterpriseNumber").asText()).as("first hit for '%s'", typed)
				.isEqualTo(number);
		}
	}

	@Test
	void anEstablishmentUnitNumberWithoutDotsFindsThatWorkplace() {
		JsonNode workplace = aWorkplaceWithAnEnterpriseNumber();
		String establishment = workplace.path("establishmentNumber").asText();
		JsonNode first = data(graphQl.documentName("workplace/searchWorkplaceNumber")
			.variable("text", establishment.replace(".", ""))
			.execute(), "search.edges[0].node");
		assertThat(first.path("establishmentNumber").asText()).isEqualTo(establishment);
	}

	@Test
	void theWorkplaceFiltersTakeEitherNumberInAnyWriting() {
		JsonNode workplace = aWorkplaceWithAnEnterpriseNumber();
		String number = workplace.path("enterpriseNumber").asText();
		String establishment = workplace.path("establishmentNumber").asText();

		JsonNode byEnterprise = data(graphQl.documentName("workplace/workplacesByEnterpriseNumber")
			.variable("number", number.replace(".", ""))
			.execute(), "workplaces");
		assertThat(byEnterprise.path("totalCount").asInt()).isPositive();
		assertThat(each(nodes(byEnterprise), n -> n.path("enterpriseNumber").asText())).containsOnly(number);
		assertThat(each(nodes(byEnterprise), n -> n.path("establishmentNumber").asText())).contains(establishment);

		JsonNode byEstablishment = data(graphQl.documentName("workplace/searchWorkplacesByEstablishmentNumber")
			.variable("number", establishment.replace(".", ""))
			.execute(), "search");
		assertThat(byEstablishment.path("totalCount").asInt()).isEqualTo(1);
		assertThat(nodes(byEstablishment).get(0).path("establishmentNumber").asText()).isEqualTo(establishment);
	}

	@Test
	void aWrongCheckDigitIsABadRequestNamingTheFilterAndFindsNothingInText() {
		String number = aWorkplaceWithAnEnterpriseNumber().path("enterpriseNumber").asText();
		int check = Integer.parseInt(number.substring(number.length() - 2));
		String mistyped = number.substring(0, number.length() - 2) + String.format("%02d", (check + 1) % 100);

		var refused = graphQl.documentName("workplace/countWorkplacesByEnterpriseNumber")
			.variable("number", mistyped)
			.execute();
		assertThat(error(refused, "BAD_REQUEST", "filter.enterpriseNumber").getMessage()).contains("check digits");

		JsonNode hits = data(
				graphQl.documentName("workplace/searchWorkplacesByText").variable("text", mistyped).execute(),
				"search");
		assertThat(hits.path("totalCount").asInt()).as("a mistyped number is nobody's").isZero();
	}

	@Test
	void aTextThatIsNoNumberOrTooLongIsABadRequestNamingTheFilter() {
		error(graphQl.documentName("workplace/searchByEnterpriseNumber").execute(), "BAD_REQUEST",
				"filter.enterpriseNumber");
		error(graphQl.documentName("workplace/workplacesByEstablishmentNumber").execute(), "BAD_REQUEST",
				"filter.establishmentNumber");
		error(graphQl.documentName("workplace/workplacesByDoubledEnterpriseNumber").execute(), "BAD_REQUEST",
				"filter.enterpriseNumber");
		error(graphQl.documentName("workplace/searchProgrammesByEnterpriseNumber").execute(), "BAD_REQUEST",
				"filter.enterpriseNumber");
	}

	private JsonNode aWorkplaceWithAnEnterpriseNumber() {
		List<JsonNode> workplaces = nodes(
				data(graphQl.documentName("workplace/workplacesNumbers").execute(), "workplaces"));
		return workplaces.stream()
			.filter(w -> w.hasNonNull("enterpriseNumber"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no sample workplace with an enterprise number"));
	}

}
