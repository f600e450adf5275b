package be.duaalatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Global ids: every type that implements Node, found through the API, comes back from
 * {@code node(id)} as the same record; and {@code place(postcode)} leads to what is near
 * it.
 */
class NodeTest extends AtlasIntegrationTest {

	@Test
	void everyTypeOfNodeRoundTrips() {
		Map<String, String> idByType = new LinkedHashMap<>();
		JsonNode search = data(graphQl.documentName("search/searchByRegions").execute(), "search");
		nodes(search).forEach(n -> idByType.putIfAbsent(n.path("__typename").asText(), n.path("id").asText()));
		idByType.putIfAbsent("Programme",
				data(graphQl.document("{ programmes(first: 1) { edges { node { id } } } }").execute(),
						"programmes.edges[0].node.id")
					.asText());
		idByType.put("Equivalence",
				data(graphQl.document("{ brusselsEquivalences { id } }").execute(), "brusselsEquivalences[0].id")
					.asText());
		idByType.put("Place",
				data(graphQl.document("{ place(postcode: \"1050\") { id } }").execute(), "place.id").asText());
		List<String> nodeTypes = data(
				graphQl.document("{ __type(name: \"Node\") { possibleTypes { name } } }").execute(),
				"__type.possibleTypes")
			.findValuesAsText("name");
		assertThat(idByType.keySet()).as("an id of every type that implements Node")
			.containsExactlyInAnyOrderElementsOf(nodeTypes);
		idByType.forEach((type, id) -> {
			assertThat(id).startsWith(type + ":");
			JsonNode node = data(graphQl.document("query($id: ID!) { node(id: $id) { __typename id } }")
				.variable("id", id)
				.execute(), "node");
			assertThat(node.path("__typename").asText()).as(id).isEqualTo(type);
			assertThat(node.path("id").asText()).isEqualTo(id);
		});
	}

	@Test
	void aNodeIsTheSameRecordAsItsOwnQueryGives() {
		JsonNode programme = data(graphQl.documentName("search/programmeInFrench").execute(), "programme");
		JsonNode node = data(graphQl.documentName("search/programmeNodeInFrench")
			.variable("id", programme.path("id").asText())
			.execute(), "node");
		assertThat(node).isEqualTo(programme);
		JsonNode workplace = data(graphQl.documentName("search/firstWorkplace").execute(), "workplaces.edges[0].node");
		JsonNode workplaceNode = data(
				graphQl.documentName("search/workplaceNode").variable("id", workplace.path("id").asText()).execute(),
				"node");
		assertThat(workplaceNode).isEqualTo(workplace);
	}

	@Test
	void aPlaceLeadsToTheLocatedRecordsNearItNearestFirst() {
		JsonNode place = data(graphQl.documentName("search/placeNear").execute(), "place");
		assertThat(place.path("province").asText()).isEqualTo("OOST_VLAANDEREN");
		JsonNode edges = place.path("near").path("edges");
		assertThat(edges).isNotEmpty().hasSize(place.path("near").path("totalCount").asInt());
		double last = 0;
		for (JsonNode edge : edges) {
			assertThat(edge.path("kind").asText()).isIn("OFFERING", "WORKPLACE");
			double distance = edge.path("distanceKm").asDouble();
			assertThat(distance).isLessThanOrEqualTo(8.0)
				.isGreaterThanOrEqualTo(last)
				.isCloseTo(GeoSearchTest.distance(place.path("location"), edge.path("node").path("location")),
						within(0.11));
			last = distance;
		}
		assertThat(place.path("workplacesOnly").path("edges").findValuesAsText("kind")).isNotEmpty()
			.containsOnly("WORKPLACE");
		// the same place through node(id)
		JsonNode node = data(
				graphQl.documentName("search/placeNode").variable("id", place.path("id").asText()).execute(), "node");
		assertThat(node.path("postcode").asText()).isEqualTo("9000");
		assertThat(node.path("near").path("totalCount").asInt()).isPositive();
	}

	@Test
	void aQualificationLeadsToItsProgrammes() {
		JsonNode programmes = data(graphQl.documentName("search/programmesQualifications").execute(), "programmes");
		JsonNode first = nodes(programmes).get(0).path("qualifications").get(0);
		String id = first.path("id").asText();
		List<String> expected = nodes(programmes).stream()
			.filter(p -> p.path("qualifications").findValuesAsText("id").contains(id))
			.map(p -> p.path("code").asText())
			.toList();
		JsonNode qualification = data(graphQl.documentName("search/qualification").variable("id", id).execute(),
				"qualification");
		assertThat(qualification.path("name").asText()).isEqualTo(first.path("name").asText());
		assertThat(qualification.path("programmes").findValuesAsText("code"))
			.containsExactlyInAnyOrderElementsOf(expected);
		// and from a programme's qualification to its programmes again
		JsonNode nested = data(graphQl.documentName("search/programmeQualificationsProgrammes")
			.variable("code", expected.get(0))
			.execute(), "programme.qualifications");
		assertThat(nested).anySatisfy(q -> {
			assertThat(q.path("id").asText()).isEqualTo(id);
			assertThat(q.path("programmes").findValuesAsText("code")).containsExactlyInAnyOrderElementsOf(expected);
		});
	}

}
