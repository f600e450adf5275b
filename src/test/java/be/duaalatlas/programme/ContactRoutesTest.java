package be.duaalatlas.programme;

import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every result says how to act on it: an offering how to reach the school and where to
 * enrol, a workplace how a pupil or a school gets in touch (never a person's data).
 */
class ContactRoutesTest extends AtlasIntegrationTest {

	@Test
	void aPupilIn3500SearchingKapperSeesWhereToEnrolAndHowToReachTheSchool() {
		JsonNode search = data(graphQl.documentName("programme/searchOfferingsByTextAndNear").execute(), "search");
		assertThat(search.path("totalCount").asInt()).isPositive();
		JsonNode first = search.path("edges").get(0).path("node");
		assertThat(first.path("name").path("value").asText().toLowerCase()).contains("kapper");
		assertThat(first.path("municipality").path("value").asText()).isEqualTo("Hasselt");
		JsonNode contact = first.path("contact");
		assertThat(contact.path("enrolmentUrl").asText()).startsWith("https://");
		assertThat(contact.path("website")).isEqualTo(first.path("provider").path("contact").path("website"));
		assertThat(contact.path("enrolmentUrl")).isEqualTo(first.path("provider").path("contact").path("enrolmentUrl"));
		String school = first.path("provider").path("name").asText();
		assertThat(first.path("howToEnrol").path("value").asText()).contains(school)
			.contains(contact.path("enrolmentUrl").asText())
			.contains("CLB");
		assertThat(first.path("howToEnrol").path("language").asText()).isEqualTo("NL");
	}

	@Test
	void everyOfferingHasAContactRoute() {
		List<JsonNode> offerings = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 50; page++) {
			JsonNode connection = data(
					graphQl.documentName("programme/searchOfferingsPaged").variable("after", after).execute(),
					"search");
			offerings.addAll(nodes(connection));
			if (!connection.path("pageInfo").path("hasNextPage").asBoolean()) {
				assertThat(offerings).hasSize(connection.path("totalCount").asInt());
				break;
			}
			after = connection.path("pageInfo").path("endCursor").asText();
		}
		assertThat(offerings).hasSizeGreaterThan(100).allSatisfy(offering -> {
			JsonNode c = offering.path("contact");
			assertThat(List.of("website", "email", "phone", "enrolmentUrl")
				.stream()
				.anyMatch(field -> c.hasNonNull(field))).as(offering.path("id").asText()).isTrue();
			assertThat(offering.path("howToEnrol").path("value").asText()).isNotBlank();
		});
	}

	@Test
	void aWorkplaceSaysHowToGetInTouchAndASoleTraderOnlyThroughTheSchoolOrThePartnership() {
		JsonNode workplaces = data(graphQl.documentName("programme/workplacesHowToGetInTouch").execute(), "workplaces");
		List<JsonNode> nodes = nodes(workplaces);
		assertThat(nodes).isNotEmpty().allSatisfy(node -> {
			assertThat(node.path("howToGetInTouch").path("language").asText()).isEqualTo("EN");
			assertThat(node.path("howToGetInTouch").path("value").asText()).contains("trajectory coach");
		});
		assertThat(nodes).filteredOn(node -> node.path("enterpriseNumber").isNull())
			.isNotEmpty()
			.allSatisfy(node -> assertThat(node.path("howToGetInTouch").path("value").asText()).contains("sole trader")
				.contains("never directly"));
	}

}
