package be.duaalatlas.programme;

import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, tried as a new user would: a pupil in 3500 types "kapper" with her postcode
 * and sees every school nearby where a programme her word means is offered (not only the
 * programme whose name has the word), with how to reach the school and where to enrol.
 */
class PupilNearHomeTest extends AtlasIntegrationTest {

	@Test
	void aPupilIn3500SearchingKapperSeesWhereToEnrolForEveryProgrammeHerWordMeans() {
		List<String> expected = new ArrayList<>();
		for (JsonNode programme : nodes(
				data(graphQl.documentName("programme/programmesByText").execute(), "programmes"))) {
			expected.addAll(each(nodes(programme.path("offerings")), o -> o.path("id").asText()));
		}
		assertThat(expected).as("offerings near 3500 of the programmes 'kapper' finds").hasSizeGreaterThan(1);

		List<JsonNode> found = new ArrayList<>();
		data(graphQl.documentName("programme/searchByTextAndNear").execute(), "search.edges").forEach(edge -> {
			if (edge.path("kind").asText().equals("OFFERING")) {
				found.add(edge.path("node"));
			}
		});
		assertThat(each(found, o -> o.path("id").asText())).containsAll(expected);
		assertThat(each(found, o -> o.path("programme").path("code").asText())).contains("haarverzorging-duaal",
				"kapper-stylist-duaal");
		assertThat(found).allSatisfy(offering -> {
			assertThat(offering.path("municipality").path("value").asText()).isNotBlank();
			JsonNode contact = offering.path("contact");
			assertThat(List.of("website", "email", "phone", "enrolmentUrl")).anyMatch(c -> contact.hasNonNull(c));
			assertThat(offering.path("howToEnrol").path("value").asText()).startsWith("Inschrijven doe je bij");
		});
	}

}
