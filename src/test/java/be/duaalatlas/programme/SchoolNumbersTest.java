package be.duaalatlas.programme;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.error;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's number from the Department of Education (instellingsnummer) finds its
 * offerings in a search's text and in a filter, and is checked by one rule wherever it
 * comes in; the sample's invented providers have none, since a made-up number could be a
 * real school's.
 */
class SchoolNumbersTest extends AtlasIntegrationTest {

	static final String PROVIDER = "school-number-test";

	static final String KEY = PROVIDER + "--kapper-stylist-duaal";

	@Test
	void theSamplesInventedProvidersHaveNoSchoolNumber() {
		List<JsonNode> offerings = nodes(
				data(graphQl.documentName("programme/searchOfferingsProviders").execute(), "search"));
		// what providers wrote themselves through the portal (other tests do) is theirs,
		// not the sample's
		List<JsonNode> invented = offerings.stream().filter(offering -> offering.path("sample").asBoolean()).toList();
		assertThat(invented).hasSizeGreaterThan(offerings.size() / 2).allSatisfy(offering -> {
			assertThat(offering.path("provider").path("name").asText()).contains("(voorbeeld)");
			assertThat(offering.path("provider").path("institutionNumber").isNull()).isTrue();
		});
	}

	@Test
	void aSchoolsNumberFindsItsOfferingsInTextAndInTheFilter() {
		HttpGraphQlTester provider = graphQl.mutate()
			.header("Authorization", "Bearer " + token(PROVIDER, Right.OFFERINGS))
			.build();
		Map<String, Object> input = new HashMap<>(Map.of("key", KEY, "providerId", PROVIDER, "programmeCode",
				"kapper-stylist-duaal", "providerName", "Testschool", "providerKind", "SECONDARY_SCHOOL", "postcode",
				"3500", "language", "nl", "website", "https://www.testschool.example"));
		input.put("institutionNumber", "999 990");
		JsonNode created = data(provider.documentName("programme/createOffering").variable("input", input).execute(),
				"createOffering.offering");
		try {
			assertThat(created.path("provider").path("institutionNumber").asText()).isEqualTo("999990");

			JsonNode first = data(graphQl.documentName("programme/searchBySchoolNumber").execute(), "search.edges[0]");
			assertThat(first.path("kind").asText()).isEqualTo("OFFERING");
			assertThat(first.path("node").path("id").asText()).isEqualTo("Offering:" + KEY);

			JsonNode filtered = data(graphQl.documentName("programme/searchOfferingsBySchoolNumber").execute(),
					"search");
			assertThat(filtered.path("totalCount").asInt()).isEqualTo(1);
			assertThat(nodes(filtered).get(0).path("id").asText()).isEqualTo("Offering:" + KEY);
		}
		finally {
			provider
				.document("mutation($key: ID!, $version: Int!) { removeOffering(key: $key, version: $version) { id } }")
				.variable("key", KEY)
				.variable("version", created.path("version").asInt())
				.execute()
				.path("removeOffering.id")
				.entity(String.class)
				.isEqualTo("Offering:" + KEY);
			// the catalogue as this test found it, for the tests after it: a removal is
			// visible in search within the catalogue's generation window
			Awaitility.await("the removed offering gone from search")
				.atMost(Duration.ofSeconds(30))
				.until(() -> data(graphQl.documentName("programme/countOfferingsBySchoolNumber").execute(), "search")
					.path("totalCount")
					.asInt() == 0);
		}
	}

	@Test
	void aTextThatIsNoSchoolNumberIsABadRequestNamingTheArgument() {
		assertThat(error(graphQl.documentName("programme/searchByInstitutionNumber").execute(), "BAD_REQUEST",
				"filter.institutionNumber")
			.getMessage()).contains("six digits");
		error(graphQl.documentName("programme/searchWorkplacesByInstitutionNumber").execute(), "BAD_REQUEST",
				"filter.institutionNumber");
		Map<String, Object> input = new HashMap<>(Map.of("key", KEY, "providerId", PROVIDER, "programmeCode",
				"kapper-stylist-duaal", "providerName", "Testschool", "providerKind", "SECONDARY_SCHOOL", "postcode",
				"3500", "language", "nl", "website", "https://www.testschool.example"));
		input.put("institutionNumber", "12-34");
		error(graphQl.mutate()
			.header("Authorization", "Bearer " + token(PROVIDER, Right.OFFERINGS))
			.build()
			.document("mutation($input: OfferingInput!) { createOffering(input: $input) { offering { id } } }")
			.variable("input", input)
			.execute(), "BAD_REQUEST", "input.institutionNumber");
	}

}
