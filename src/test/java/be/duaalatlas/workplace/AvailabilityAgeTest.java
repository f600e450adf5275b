package be.duaalatlas.workplace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Looking for a learner" holds for 180 days after the company last confirmed it: older,
 * it is unknown in what the API shows, in the filter, in the facet and in the
 * looking-first order alike.
 */
class AvailabilityAgeTest extends AtlasIntegrationTest {

	static final String OLDEST_VALID = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(180).toString();

	@Test
	void aStatementOlderThan180DaysIsUnknownEverywhere() {
		List<JsonNode> all = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			JsonNode connection = data(
					graphQl.documentName("workplace/workplacesAvailabilityByName").variable("after", after).execute(),
					"workplaces");
			all.addAll(nodes(connection));
			if (!connection.path("pageInfo").path("hasNextPage").asBoolean()) {
				break;
			}
			after = connection.path("pageInfo").path("endCursor").asText();
		}
		List<JsonNode> confirmed = all.stream().filter(w -> w.hasNonNull("lastConfirmed")).toList();
		List<JsonNode> old = confirmed.stream()
			.filter(w -> w.path("lastConfirmed").asText().compareTo(OLDEST_VALID) < 0)
			.toList();
		List<JsonNode> recent = confirmed.stream().filter(w -> !old.contains(w)).toList();
		// the sample has both, and an old statement is never shown
		assertThat(old).isNotEmpty().allSatisfy(w -> assertThat(w.path("lookingForLearner").isNull()).isTrue());
		assertThat(recent).isNotEmpty().allSatisfy(w -> assertThat(w.path("lookingForLearner").isBoolean()).isTrue());
		assertThat(recent).anySatisfy(w -> assertThat(w.path("lookingForLearner").asBoolean()).isTrue());
		assertThat(all).filteredOn(w -> w.path("lastConfirmed").isNull())
			.allSatisfy(w -> assertThat(w.path("lookingForLearner").isNull()).isTrue());

		// the filter and the facet count exactly the workplaces shown as looking or not
		for (boolean looking : new boolean[] { true, false }) {
			List<String> shown = all.stream()
				.filter(w -> w.path("lookingForLearner").isBoolean()
						&& w.path("lookingForLearner").asBoolean() == looking)
				.map(w -> w.path("id").asText())
				.sorted()
				.toList();
			JsonNode filtered = data(graphQl.documentName("workplace/searchWorkplacesByLookingForLearner")
				.variable("looking", looking)
				.execute(), "search");
			assertThat(filtered.path("totalCount").asInt()).as("filter " + looking).isEqualTo(shown.size());
		}
		JsonNode facet = data(graphQl.documentName("workplace/searchWorkplaces").execute(),
				"search.facets.lookingForLearner");
		facet.forEach(count -> assertThat(count.path("count").asInt()).as(count.path("value").asText())
			.isEqualTo((int) all.stream()
				.filter(w -> w.path("lookingForLearner").asText().equals(count.path("value").asText()))
				.count()));
		assertThat(facet).hasSize(2);
	}

	@Test
	void theLookingFirstOrderPutsOnlyWorkplacesWhoseStatementHoldsFirst() {
		JsonNode workplaces = data(graphQl.documentName("workplace/workplacesNearGentAvailability").execute(),
				"workplaces");
		List<JsonNode> nodes = nodes(workplaces);
		assertThat(nodes).anySatisfy(w -> assertThat(w.path("lookingForLearner").asBoolean(false)).isTrue())
			.anySatisfy(w -> assertThat(w.path("lookingForLearner").isNull()).isTrue());
		WorkplacesTest.assertLookingFirstThenNearest(nodes, 30.0);
	}

}
