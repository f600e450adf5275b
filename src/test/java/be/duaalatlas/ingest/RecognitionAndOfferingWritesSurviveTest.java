package be.duaalatlas.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: a recognition recorded by a recognising body survives a full re-import of
 * the register (workplaces), and an offering a provider created and one it changed
 * survive a full re-import of the providers' file (offerings): the journal re-applies
 * them to the rebuilt index, at their versions.
 */
class RecognitionAndOfferingWritesSurviveTest extends AtlasIntegrationTest {

	@Autowired
	SampleCatalogue sample;

	@Autowired
	be.duaalatlas.index.CatalogueIndices indices;

	private HttpGraphQlTester as(String organisation, Right right) {
		return graphQl.mutate().header("Authorization", "Bearer " + TestTokens.token(organisation, right)).build();
	}

	@Test
	void aRecordedRecognitionSurvivesAFullReimportOfTheRegister() {
		String establishment = SampleRecords.workplace(graphQl, w -> "bouw".equals(w.sector())).establishmentNumber();
		int version = workplace(establishment).path("version").asInt();
		String id = "SURVIVE-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", establishment);
		input.put("version", version);
		input.put("id", id);
		input.put("programmeCode", "elektrische-installaties-duaal");
		input.put("validUntil", "2030-06-30");
		as("sp-bouw", Right.RECOGNITIONS).documentName("ingest/recordRecognition")
			.variable("input", input)
			.execute()
			.path("recordRecognition.recognition.id")
			.entity(String.class)
			.isEqualTo(id);
		String liveBefore = indices.live("workplaces").orElseThrow().index();

		ImportReport reimport = sample.rebuild("workplaces");

		assertThat(reimport.status()).isEqualTo("SUCCEEDED");
		assertThat(reimport.liveIndex()).isNotEqualTo(liveBefore);
		JsonNode after = workplace(establishment);
		assertThat(after.path("version").asInt()).isEqualTo(version + 1);
		assertThat(after.path("recognitions").findValuesAsText("id")).contains(id);
		// and the public finds it recognised for that programme
		assertThat(graphQl.documentName("ingest/workplaces")
			.execute()
			.path("workplaces.edges[*].node.establishmentNumber")
			.entityList(String.class)
			.get()).contains(establishment);
	}

	@Test
	void aCreatedAndAChangedOfferingSurviveAFullReimportOfTheProvidersFile() {
		JsonNode existing = graphQl.documentName("ingest/offering")
			.variable("id", "Offering:" + SampleRecords.offering(graphQl))
			.execute()
			.path("node")
			.entity(JsonNode.class)
			.get();
		String provider = existing.path("provider").path("id").asText();
		String key = existing.path("id").asText().substring("Offering:".length());
		int version = existing.path("version").asInt();
		String fresh = provider + "--survive-" + UUID.randomUUID().toString().substring(0, 8);
		as(provider, Right.OFFERINGS).documentName("ingest/changeOffering")
			.variable("input", input(existing, key, "2028-02-01"))
			.variable("version", version)
			.execute()
			.path("changeOffering.offering.version")
			.entity(Integer.class)
			.isEqualTo(version + 1);
		as(provider, Right.OFFERINGS)
			.document("mutation($input: OfferingInput!) { createOffering(input: $input) { offering { version } } }")
			.variable("input", input(existing, fresh, "2028-09-01"))
			.execute()
			.path("createOffering.offering.version")
			.entity(Integer.class)
			.isEqualTo(1);

		ImportReport reimport = sample.rebuild("offerings");

		assertThat(reimport.status()).isEqualTo("SUCCEEDED");
		JsonNode changed = offering(key);
		assertThat(changed.path("start").asText()).isEqualTo("2028-02-01");
		assertThat(changed.path("version").asInt()).isEqualTo(version + 1);
		JsonNode created = offering(fresh);
		assertThat(created.path("start").asText()).isEqualTo("2028-09-01");
		assertThat(created.path("version").asInt()).isEqualTo(1);
		// the catalogue as this test found it, but for the changed start date
		as(provider, Right.OFFERINGS)
			.document("mutation($key: ID!, $version: Int!) { removeOffering(key: $key, version: $version) { id } }")
			.variable("key", fresh)
			.variable("version", 1)
			.execute()
			.path("removeOffering.id")
			.entity(String.class)
			.isEqualTo("Offering:" + fresh);
	}

	private static Map<String, Object> input(JsonNode existing, String key, String start) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("providerId", existing.path("provider").path("id").asText());
		input.put("programmeCode", existing.path("programme").path("code").asText());
		input.put("providerName", existing.path("provider").path("name").asText());
		input.put("providerKind", existing.path("provider").path("kind").asText());
		input.put("postcode", existing.path("postcode").asText());
		input.put("language", "nl");
		input.put("start", start);
		// the sample offering's contact routes, kept: other tests read them
		JsonNode contact = existing.path("contact");
		for (String field : new String[] { "website", "email", "phone", "enrolmentUrl" }) {
			if (contact.hasNonNull(field)) {
				input.put(field, contact.path(field).asText());
			}
		}
		return input;
	}

	private JsonNode workplace(String establishment) {
		return graphQl.documentName("ingest/workplaceRecognitions")
			.variable("e", establishment)
			.execute()
			.path("workplace")
			.entity(JsonNode.class)
			.get();
	}

	private JsonNode offering(String key) {
		return graphQl.document("query($id: ID!) { node(id: $id) { ... on Offering { version start } } }")
			.variable("id", "Offering:" + key)
			.execute()
			.path("node")
			.entity(JsonNode.class)
			.get();
	}

}
