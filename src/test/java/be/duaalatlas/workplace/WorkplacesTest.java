package be.duaalatlas.workplace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school's question and the browsing around it: programme → offerings near a place →
 * recognised workplaces (looking for a learner first, then the nearest) → their
 * recognitions → the recognising partnership; workplace → recognitions → programme. And
 * no personal data: no field for people, sole traders without street or number.
 */
public class WorkplacesTest extends AtlasIntegrationTest {

	private static final String PROGRAMME = "elektrische-installaties-duaal";

	@Test
	void programmeToOfferingsNearAPlaceToTheirRecognisedWorkplacesToRecognitionsAndPartnership() {
		JsonNode programme = data(graphQl.documentName("workplace/programmeOfferingsAndRecognisedWorkplaces")
			.variable("code", PROGRAMME)
			.execute(), "programme");
		List<JsonNode> offerings = nodes(programme.path("offerings"));
		assertThat(offerings).isNotEmpty();
		assertThat(offerings.stream().map(o -> o.path("distanceKm").asDouble()).toList()).isSorted()
			.allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(60.0));
		int workplacesSeen = 0;
		for (JsonNode offering : offerings) {
			assertThat(offering.path("programme").path("code").asText()).isEqualTo(PROGRAMME);
			List<JsonNode> workplaces = nodes(offering.path("recognisedWorkplaces"));
			workplacesSeen += workplaces.size();
			assertLookingFirstThenNearest(workplaces, 25.0);
			for (JsonNode workplace : workplaces) {
				assertThat(workplace.path("recognitions")).as("an active recognition for the programme")
					.anySatisfy(r -> {
						assertThat(r.path("status").asText()).isEqualTo("ACTIVE");
						assertThat(r.path("programme").path("code").asText()).isEqualTo(PROGRAMME);
						assertThat(r.path("partnership").path("key").asText()).isNotBlank();
						assertThat(r.path("partnership").path("name").path("value").asText()).isNotBlank();
					});
			}
		}
		assertThat(workplacesSeen).as("recognised workplaces near the offerings").isPositive();
	}

	@Test
	void theSchoolsQuestionWorkplacesForAProgrammeNearTheCampusLookingForALearnerFirst() {
		// a campus where a workplace for the programme is looking for a learner
		String campus = data(graphQl.documentName("workplace/workplacesByProgrammeAndLookingForLearner")
			.variable("code", PROGRAMME)
			.execute(), "workplaces.edges[0].node.postcode").asText();
		JsonNode workplaces = data(graphQl.documentName("workplace/workplacesByProgrammeAndNear")
			.variable("code", PROGRAMME)
			.variable("campus", campus)
			.execute(), "workplaces");
		List<JsonNode> nodes = nodes(workplaces);
		assertThat(nodes).hasSize(workplaces.path("totalCount").asInt()).hasSizeGreaterThan(2);
		assertThat(nodes).anySatisfy(n -> assertThat(n.path("lookingForLearner").asBoolean(false)).isTrue())
			.anySatisfy(n -> assertThat(n.path("lookingForLearner").asBoolean(false)).isFalse());
		assertLookingFirstThenNearest(nodes, 40.0);
		// the same through the programme
		JsonNode viaProgramme = data(graphQl.documentName("workplace/programmeWorkplacesNearCampus")
			.variable("code", PROGRAMME)
			.variable("campus", campus)
			.execute(), "programme.workplaces");
		assertThat(nodes(viaProgramme).stream().map(n -> n.path("id").asText()).toList())
			.isEqualTo(nodes.stream().map(n -> n.path("id").asText()).toList());
	}

	@Test
	void workplaceToRecognitionsToProgrammeAndBack() {
		String id = data(graphQl.documentName("workplace/workplacesByProgramme").execute(),
				"workplaces.edges[0].node.establishmentNumber")
			.asText();
		JsonNode workplace = data(graphQl.documentName("workplace/workplace").variable("id", id).execute(),
				"workplace");
		assertThat(workplace.path("establishmentNumber").asText()).isEqualTo(id);
		assertThat(workplace.path("id").asText()).isEqualTo("Workplace:" + id);
		assertThat(workplace.path("recognitions")).isNotEmpty().allSatisfy(r -> {
			assertThat(r.path("validFrom").asText()).isLessThanOrEqualTo(r.path("validUntil").asText());
			if (r.path("status").asText().equals("ACTIVE")) {
				assertThat(r.path("programme").path("workplaces").findValuesAsText("establishmentNumber")).contains(id);
			}
		});
	}

	@Test
	void lookingForLearnerFirstThenTheNearestWhateverTheOthersSaid() {
		JsonNode workplaces = data(graphQl.documentName("workplace/workplacesNearHasseltAvailability").execute(),
				"workplaces");
		List<JsonNode> nodes = nodes(workplaces);
		assertThat(nodes).as("workplaces that said no, and that said nothing")
			.anySatisfy(n -> assertThat(n.path("lookingForLearner").isNull()).isTrue())
			.anySatisfy(n -> assertThat(n.path("lookingForLearner").asText()).isEqualTo("false"));
		assertLookingFirstThenNearest(nodes, 30.0);
	}

	@Test
	void theSchemaHasNoFieldForPeopleNorPrivatePhonesOnWorkplaces() {
		JsonNode types = data(graphQl.document("{ __schema { types { name kind fields { name } } } }").execute(),
				"__schema.types");
		Pattern personal = Pattern.compile(
				"(?i).*(mentor|person|firstname|lastname|surname|birth|national|gender" + "|privat|home|mobile|gsm).*");
		Pattern reachable = Pattern.compile("(?i).*(phone|email|mail|contact|address).*");
		List<String> fields = new ArrayList<>();
		for (JsonNode type : types) {
			if (type.path("name").asText().startsWith("__") || !type.path("kind").asText().equals("OBJECT")) {
				continue;
			}
			type.path("fields").forEach(f -> fields.add(type.path("name").asText() + "." + f.path("name").asText()));
		}
		assertThat(fields).as("fields of the schema")
			.hasSizeGreaterThan(100)
			.noneMatch(f -> personal.matcher(f).matches());
		assertThat(fields).as("ways to reach someone on a workplace or its recognitions")
			.filteredOn(f -> f.startsWith("Workplace.") || f.startsWith("Recognition."))
			.isNotEmpty()
			.noneMatch(f -> reachable.matcher(f).matches());
		// a school is an organisation: its public contact is there (issue 12), as
		// organisational channels only
		assertThat(fields).as("ways to reach a school")
			.filteredOn(f -> (f.startsWith("Offering.") || f.startsWith("Provider.")) && reachable.matcher(f).matches())
			.containsExactlyInAnyOrder("Offering.contact", "Provider.contact");
		assertThat(fields).filteredOn(f -> f.startsWith("ProviderContact."))
			.containsExactlyInAnyOrder("ProviderContact.website", "ProviderContact.email", "ProviderContact.phone",
					"ProviderContact.enrolmentUrl");
	}

	@Test
	void soleTradersHaveNoStreetNoEnterpriseNumberAndNoOwnName() {
		int soleTraders = 0;
		int companies = 0;
		String after = null;
		do {
			JsonNode page = data(
					graphQl.documentName("workplace/workplacesAddressesByName").variable("after", after).execute(),
					"workplaces");
			for (JsonNode workplace : nodes(page)) {
				if (workplace.path("name").path("value").asText().startsWith("Zelfstandige")) {
					soleTraders++;
					assertThat(workplace.path("street").isNull()).as("street of " + workplace).isTrue();
					assertThat(workplace.path("enterpriseNumber").isNull()).as("number of " + workplace).isTrue();
				}
				else {
					companies++;
					assertThat(workplace.path("street").asText()).as("street of " + workplace).isNotBlank();
					assertThat(workplace.path("enterpriseNumber").asText()).matches("[01]\\d{3}\\.\\d{3}\\.\\d{3}");
				}
			}
			after = page.path("pageInfo").path("hasNextPage").asBoolean()
					? page.path("pageInfo").path("endCursor").asText() : null;
		}
		while (after != null);
		assertThat(soleTraders).as("sole traders in the sample").isPositive();
		assertThat(companies).isPositive();
	}

	/**
	 * Workplaces looking for a learner come first, each group nearest first, and every
	 * one is within the radius.
	 */
	public static void assertLookingFirstThenNearest(List<JsonNode> workplaces, double radiusKm) {
		boolean othersStarted = false;
		double lastLooking = 0;
		double lastOther = 0;
		for (JsonNode workplace : workplaces) {
			double distance = workplace.path("distanceKm").asDouble();
			assertThat(distance).isLessThanOrEqualTo(radiusKm);
			if (workplace.path("lookingForLearner").asBoolean(false)) {
				assertThat(othersStarted).as("a workplace looking for a learner after one that is not").isFalse();
				assertThat(distance).as("nearest first among those looking").isGreaterThanOrEqualTo(lastLooking);
				lastLooking = distance;
			}
			else {
				othersStarted = true;
				assertThat(distance).as("nearest first among the others, whether they said no or nothing")
					.isGreaterThanOrEqualTo(lastOther);
				lastOther = distance;
			}
		}
	}

}
