package be.duaalatlas.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: support-service and content writes accepted through the API (a created
 * record, a whole new version of a record from the files, a removal) survive a full
 * re-import of their kind from the source files, which alone would bring back the files'
 * records and drop the created ones.
 */
class ServiceAndContentWritesSurviveTest extends AtlasIntegrationTest {

	@Autowired
	SampleCatalogue sample;

	@Autowired
	CatalogueIndices indices;

	private HttpGraphQlTester as(String organisation, Right right) {
		return graphQl.mutate().header("Authorization", "Bearer " + TestTokens.token(organisation, right)).build();
	}

	private JsonNode node(String id) {
		return graphQl.document("""
				query($id: ID!) {
				  node(id: $id) {
				    ... on SupportService { key version title { value } audiences }
				    ... on ContentItem { key version title { value } publishedFrom }
				  }
				}
				""").variable("id", id).execute().path("node").entity(JsonNode.class).get();
	}

	private boolean exists(String id) {
		boolean[] found = { true };
		graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(errors -> found[0] = errors.isEmpty());
		return found[0];
	}

	private static Map<String, Object> service(String key, String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("stakeholder", "syntra-vlaanderen");
		input.put("title", Map.of("nl", title));
		input.put("description", Map.of("nl", "Blijft na een nieuwe import."));
		input.put("audiences", List.of("COMPANY"));
		input.put("steps", List.of("TRAIN_MENTORS"));
		input.put("regions", List.of("FLANDERS"));
		input.put("languages", List.of("nl"));
		input.put("channels", List.of(Map.of("kind", "PHONE", "value", "02 227 49 00")));
		return input;
	}

	private static Map<String, Object> text(String key, String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("contentType", "GOOD_PRACTICE");
		input.put("editor", "dep-wse");
		input.put("audiences", List.of("COMPANY"));
		input.put("topics", List.of("MENTORSHIP"));
		input.put("sectors", List.of("bouw"));
		input.put("regions", List.of("FLANDERS"));
		input.put("texts", List.of(Map.of("lang", "nl", "title", title, "summary", "Blijft.", "body",
				List.of("Een goede praktijk die een nieuwe import overleeft."))));
		return input;
	}

	@Test
	void createdChangedAndRemovedServicesSurviveAFullReimportOfTheirKind() {
		HttpGraphQlTester stakeholder = as("syntra-vlaanderen", Right.STAKEHOLDER);
		String fromFile = serviceOfTheFile("syntra-vlaanderen", 0);
		String removed = serviceOfTheFile("syntra-vlaanderen", 1);
		stakeholder
			.document(
					"""
							mutation($input: SupportServiceInput!) { createSupportService(input: $input) { supportService { version } } }
							""")
			.variable("input", service("svc-test-survives", "Overleeft de import"))
			.execute()
			.errors()
			.verify();
		int version = node("SupportService:" + fromFile).path("version").asInt();
		stakeholder.document("""
				mutation($input: SupportServiceInput!, $version: Int!) {
				  changeSupportService(input: $input, version: $version) { supportService { version } }
				}
				""")
			.variable("input", service(fromFile, "Gewijzigd door Syntra"))
			.variable("version", version)
			.execute()
			.errors()
			.verify();
		stakeholder.document("""
				mutation($key: String!, $version: Int!) { removeSupportService(key: $key, version: $version) { id } }
				""")
			.variable("key", removed)
			.variable("version", node("SupportService:" + removed).path("version").asInt())
			.execute()
			.errors()
			.verify();
		String liveBefore = indices.live("services").orElseThrow().index();

		ImportReport reimport = sample.rebuild("services");

		assertThat(reimport.status()).isEqualTo("SUCCEEDED");
		assertThat(reimport.liveIndex()).isNotEqualTo(liveBefore);
		assertThat(node("SupportService:svc-test-survives").path("title").path("value").asText())
			.isEqualTo("Overleeft de import");
		assertThat(node("SupportService:svc-test-survives").path("version").asInt()).isEqualTo(1);
		assertThat(node("SupportService:" + fromFile).path("title").path("value").asText())
			.isEqualTo("Gewijzigd door Syntra");
		assertThat(node("SupportService:" + fromFile).path("version").asInt()).isEqualTo(version + 1);
		assertThat(exists("SupportService:" + removed)).isFalse();
	}

	@Test
	void aPublishedTextSurvivesAFullReimportOfItsKind() {
		HttpGraphQlTester editor = as("dep-wse", Right.CONTENT);
		editor.document("""
				mutation($input: ContentInput!) { publishContent(input: $input) { content { version } } }
				""").variable("input", text("gp-test-survives", "Mentor van het jaar")).execute().errors().verify();
		String liveBefore = indices.live("content").orElseThrow().index();

		ImportReport reimport = sample.rebuild("content");

		assertThat(reimport.status()).isEqualTo("SUCCEEDED");
		assertThat(reimport.liveIndex()).isNotEqualTo(liveBefore);
		JsonNode text = node("ContentItem:gp-test-survives");
		assertThat(text.path("title").path("value").asText()).isEqualTo("Mentor van het jaar");
		assertThat(text.path("version").asInt()).isEqualTo(1);
		assertThat(graphQl.document("""
				{ goodPractices(sector: "bouw", first: 100) { edges { node { key } } } }
				""").execute().path("goodPractices.edges[*].node.key").entityList(String.class).get())
			.contains("gp-test-survives");
	}

	/** A service of the file of a stakeholder, by position (sorted by name). */
	private String serviceOfTheFile(String stakeholder, int position) {
		List<String> keys = new ArrayList<>();
		graphQl.document("query($id: ID!) { stakeholder(id: $id) { services { key provenance { source } } } }")
			.variable("id", stakeholder)
			.execute()
			.path("stakeholder.services")
			.entity(JsonNode.class)
			.get()
			.forEach(s -> {
				if (s.path("provenance").path("source").asText().equals("support-services")) {
					keys.add(s.path("key").asText());
				}
			});
		return keys.stream().sorted().toList().get(position);
	}

}
