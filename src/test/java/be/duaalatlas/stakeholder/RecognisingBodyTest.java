package be.duaalatlas.stakeholder;

import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.error;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The right recognising body: routing by joint committee to the competent sectoral
 * partnership, or to the Vlaams Partnerschap Duaal Leren where none is; no record says
 * the department recognises.
 */
class RecognisingBodyTest extends AtlasIntegrationTest {

	@ParameterizedTest(name = "PC {0} → {1}")
	@CsvSource({ "302, sp-horeca, true", "124, sp-bouw, true", "149.01, sp-elektrotechniek, true",
			"314, sp-haarzorg-schoonheid, true", "110, sp-textielverzorging, true", "226, vpdl, false",
			"330, vpdl, false", "149.03, vpdl, false" })
	void aJointCommitteeIsRoutedToItsPartnershipOrToTheFlemishPartnership(String pc, String body, boolean sectoral) {
		JsonNode answer = data(graphQl.documentName("stakeholder/recognisingBody").variable("pc", pc).execute(),
				"recognisingBody");
		assertThat(answer.path("partnership").path("key").asText()).isEqualTo(body);
		assertThat(answer.path("sectoral").asBoolean()).isEqualTo(sectoral);
		assertThat(answer.path("partnership").path("roles").findValues("role")).extracting(JsonNode::asText)
			.contains("RECOGNISE_WORKPLACES");
		if (sectoral) {
			assertThat(answer.path("partnership").path("jointCommittees").toString()).contains("\"" + pc + "\"");
		}
		assertThat(answer.path("explanation").path("value").asText()).contains(pc).contains("Werkplekduaal");
	}

	@Test
	void aTextThatIsNoJointCommitteeIsABadRequest() {
		error(graphQl.document("{ recognisingBody(jointCommittee: \"bouw\") { sectoral } }").execute(), "BAD_REQUEST",
				"jointCommittee");
	}

	@Test
	void theDepartmentRecognisesNothingAndEveryRecognitionNamesABodyThatRecognises() {
		JsonNode department = data(graphQl.document("{ stakeholder(id: \"dep-wse\") { roles { role } } }").execute(),
				"stakeholder");
		assertThat(department.path("roles").findValues("role")).extracting(JsonNode::asText)
			.doesNotContain("RECOGNISE_WORKPLACES");
		List<JsonNode> workplaces = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			JsonNode connection = data(
					graphQl.documentName("stakeholder/workplaces").variable("after", after).execute(), "workplaces");
			workplaces.addAll(nodes(connection));
			if (!connection.path("pageInfo").path("hasNextPage").asBoolean()) {
				break;
			}
			after = connection.path("pageInfo").path("endCursor").asText();
		}
		List<JsonNode> recognitions = new ArrayList<>();
		workplaces.forEach(w -> w.path("recognitions").forEach(recognitions::add));
		assertThat(recognitions).hasSizeGreaterThan(100).allSatisfy(r -> {
			assertThat(r.path("partnership").path("key").asText()).isNotEqualTo("dep-wse");
			assertThat(r.path("partnership").path("roles").findValues("role")).extracting(JsonNode::asText)
				.contains("RECOGNISE_WORKPLACES");
		});
		assertThat(recognitions).extracting(r -> r.path("partnership").path("key").asText()).contains("vpdl");
	}

}
