package be.duaalatlas.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key messages by audience and topic (Actions 18, 18.1), good practices by sector (Action
 * 17), and the Brussels equivalences (Action 18) from both sides: the list and the
 * programme.
 */
class ContentTest extends AtlasIntegrationTest {

	@Test
	void keyMessagesByAudienceAndTopic() {
		List<JsonNode> all = keyMessages(Map.of());
		assertThat(all).hasSizeGreaterThan(5).allSatisfy(m -> {
			assertThat(m.path("contentType").asText()).isEqualTo("KEY_MESSAGE");
			assertThat(m.path("body").path("value").asText()).isNotBlank();
		});
		List<JsonNode> forParents = keyMessages(Map.of("audience", "PARENT"));
		assertThat(forParents).isNotEmpty()
			.hasSizeLessThan(all.size())
			.allSatisfy(m -> assertThat(texts(m.path("audiences"))).contains("PARENT"));
		String topic = texts(all.get(0).path("topics")).get(0);
		List<JsonNode> onTopic = keyMessages(Map.of("topic", topic));
		assertThat(onTopic).isNotEmpty()
			.hasSizeLessThan(all.size())
			.allSatisfy(m -> assertThat(texts(m.path("topics"))).contains(topic));
		List<JsonNode> both = keyMessages(Map.of("topic", topic, "audience", "PARENT"));
		assertThat(both).allSatisfy(m -> {
			assertThat(texts(m.path("topics"))).contains(topic);
			assertThat(texts(m.path("audiences"))).contains("PARENT");
		});
		long expected = all.stream()
			.filter(m -> texts(m.path("topics")).contains(topic) && texts(m.path("audiences")).contains("PARENT"))
			.count();
		assertThat(both).hasSize((int) expected);
	}

	@Test
	void everyKindSaysWhetherItIsInventedAndOnlyIllustrativeGoodPracticesAre() {
		JsonNode practices = data(graphQl.documentName("content/goodPractices").execute(), "goodPractices");
		List<JsonNode> all = nodes(practices);
		assertThat(all).filteredOn(p -> p.path("sample").asBoolean())
			.extracting(p -> p.path("id").asText())
			.contains("ContentItem:gp-bouw-werfcoach", "ContentItem:gp-brussel-matchingdag");
		// a sample text says so in words too; a documented practice is not a sample
		assertThat(all).allSatisfy(p -> assertThat(p.path("sample").asBoolean()).as(p.path("id").asText())
			.isEqualTo(p.path("body").path("value").asText().startsWith("*Illustratief")));
		assertThat(all).filteredOn(p -> !p.path("sample").asBoolean()).isNotEmpty();
		assertThat(data(graphQl.document("{ stakeholder(id: \"vdab\") { sample } }").execute(), "stakeholder.sample")
			.asBoolean()).isFalse();
		assertThat(data(graphQl.document("{ place(postcode: \"9000\") { sample } }").execute(), "place.sample")
			.asBoolean()).isFalse();
		assertThat(data(graphQl.document("{ supportServices(first: 100) { edges { node { sample } } } }").execute(),
				"supportServices")
			.findValues("sample")).isNotEmpty().allSatisfy(sample -> assertThat(sample.isBoolean()).isTrue());
		assertThat(data(graphQl.document("{ brusselsEquivalences { sample } }").execute(), "brusselsEquivalences")
			.findValues("sample")).isNotEmpty().allSatisfy(sample -> assertThat(sample.isBoolean()).isTrue());
	}

	@Test
	void goodPracticesBySector() {
		JsonNode all = goodPractices(null);
		List<JsonNode> practices = nodes(all);
		assertThat(practices).hasSizeGreaterThan(3)
			.allSatisfy(p -> assertThat(p.path("contentType").asText()).isEqualTo("GOOD_PRACTICE"));
		String sector = texts(practices.get(0).path("sectors")).get(0);
		List<JsonNode> ofSector = nodes(goodPractices(sector));
		assertThat(ofSector).isNotEmpty()
			.hasSizeLessThan(practices.size())
			.allSatisfy(p -> assertThat(texts(p.path("sectors")).isEmpty() || texts(p.path("sectors")).contains(sector))
				.isTrue());
		assertThat(ofSector).hasSize((int) practices.stream()
			.filter(p -> texts(p.path("sectors")).isEmpty() || texts(p.path("sectors")).contains(sector))
			.count());
	}

	@Test
	void brusselsEquivalencesAndTheirActors() {
		JsonNode all = data(graphQl.documentName("content/brusselsEquivalences").execute(), "brusselsEquivalences");
		assertThat(all).hasSizeGreaterThan(3).allSatisfy(e -> {
			assertThat(e.path("frenchName").asText()).isNotBlank();
			assertThat(e.path("frenchSystem").asText()).isIn("CEFA", "EFP");
			assertThat(e.path("frenchActors")).isNotEmpty();
			assertThat(e.path("flemishActors")).isNotEmpty();
			assertThat(e.path("programme").path("brusselsEquivalences").findValuesAsText("id"))
				.contains(e.path("id").asText());
		});
		String code = all.get(0).path("programme").path("code").asText();
		JsonNode ofProgramme = data(
				graphQl.documentName("content/brusselsEquivalencesByProgramme").variable("code", code).execute(),
				"brusselsEquivalences");
		assertThat(ofProgramme.findValuesAsText("code")).isNotEmpty().containsOnly(code);
		List<String> expected = new ArrayList<>();
		all.forEach(e -> {
			if (e.path("programme").path("code").asText().equals(code)) {
				expected.add(e.path("id").asText());
			}
		});
		assertThat(ofProgramme.findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void textsAreFoundByTheSearchWithTheirKind() {
		JsonNode search = data(graphQl.documentName("content/searchKeyMessagesGoodPractices").execute(), "search");
		int keyMessages = keyMessages(Map.of()).size();
		int practices = goodPractices(null).path("totalCount").asInt();
		assertThat(search.path("totalCount").asInt()).isEqualTo(keyMessages + practices);
		search.path("edges")
			.forEach(edge -> assertThat(edge.path("kind").asText())
				.isEqualTo(edge.path("node").path("contentType").asText()));
	}

	private List<JsonNode> keyMessages(Map<String, Object> arguments) {
		JsonNode messages = data(
				graphQl.documentName("content/keyMessages").variables(new HashMap<>(arguments)).execute(),
				"keyMessages");
		List<JsonNode> nodes = nodes(messages);
		assertThat(nodes).hasSize(messages.path("totalCount").asInt());
		return nodes;
	}

	private JsonNode goodPractices(String sector) {
		return data(graphQl.documentName("content/goodPracticesBySector").variable("sector", sector).execute(),
				"goodPractices");
	}

}
