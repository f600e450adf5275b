package be.duaalatlas.supportservice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.place.Provinces;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who helps me" (Action 15): support services by audience, step and place, each with the
 * stakeholder that offers it and how to reach it. Every filter narrows and every service
 * returned satisfies it.
 */
class SupportServicesTest extends AtlasIntegrationTest {

	private static final String SERVICES = """
			query($audience: Audience, $step: ProcessStep, $near: Near, $region: Region, $sector: String, $lang: Language) {
			  supportServices(audience: $audience, step: $step, near: $near, region: $region, sector: $sector, lang: $lang, first: 100) {
			    totalCount
			    edges { node {
			      id title { value language } audiences steps regions sectors languages
			      channels { kind value label { value } }
			      stakeholder { key name { value } services { id } }
			    } }
			  }
			}
			""";

	@Test
	void byAudience() {
		List<JsonNode> services = narrows(Map.of("audience", "COMPANY"));
		assertThat(services).allSatisfy(s -> assertThat(texts(s.path("audiences"))).contains("COMPANY"));
	}

	@Test
	void byStep() {
		List<JsonNode> services = narrows(Map.of("step", "FIND_WORKPLACE"));
		assertThat(services).allSatisfy(s -> assertThat(texts(s.path("steps"))).contains("FIND_WORKPLACE"));
	}

	@Test
	void nearAFlemishPlaceGivesWhatAppliesInItsProvinceOrAllOfFlanders() {
		String province = data(graphQl.document("{ place(postcode: \"3500\") { province } }").execute(),
				"place.province")
			.asText();
		assertThat(Provinces.FLEMISH).contains(province);
		List<JsonNode> services = narrows(Map.of("near", Map.of("postcode", "3500")));
		assertThat(services).allSatisfy(s -> assertThat(texts(s.path("regions"))).containsAnyOf(province, "FLANDERS"));
		assertThat(services).as("a service of the province itself")
			.anySatisfy(s -> assertThat(texts(s.path("regions"))).contains(province));
		assertThat(services).as("nothing for Brussels only")
			.noneSatisfy(s -> assertThat(texts(s.path("regions"))).containsOnly("BRUSSELS"));
	}

	@Test
	void nearABrusselsMunicipalityByItsFrenchNameGivesWhatAppliesInBrussels() {
		String french = data(graphQl.document("{ place(postcode: \"1050\", lang: FR) { name { value } } }").execute(),
				"place.name.value")
			.asText();
		List<JsonNode> services = narrows(Map.of("near", Map.of("municipality", french), "audience", "PUPIL"));
		assertThat(services).allSatisfy(s -> {
			assertThat(texts(s.path("regions"))).contains("BRUSSELS");
			assertThat(texts(s.path("audiences"))).contains("PUPIL");
		});
	}

	@Test
	void audienceStepAndPlaceCombine() {
		Map<String, Object> all = Map.of("audience", "COMPANY", "step", "GET_RECOGNISED", "near",
				Map.of("postcode", "9000"));
		List<JsonNode> services = narrows(all);
		assertThat(services.size()).isLessThanOrEqualTo(narrows(Map.of("audience", "COMPANY")).size())
			.isLessThanOrEqualTo(narrows(Map.of("step", "GET_RECOGNISED")).size());
		assertThat(services).allSatisfy(s -> {
			assertThat(texts(s.path("audiences"))).contains("COMPANY");
			assertThat(texts(s.path("steps"))).contains("GET_RECOGNISED");
			assertThat(texts(s.path("regions"))).containsAnyOf("OOST_VLAANDEREN", "FLANDERS");
		});
	}

	@Test
	void bySectorGivesTheSectorsServicesAndThoseForEverySector() {
		List<JsonNode> services = narrows(Map.of("sector", "haarzorg-schoonheid"));
		assertThat(services).allSatisfy(s -> assertThat(
				texts(s.path("sectors")).isEmpty() || texts(s.path("sectors")).contains("haarzorg-schoonheid"))
			.isTrue());
		assertThat(services).as("a service of the sector itself")
			.anySatisfy(s -> assertThat(texts(s.path("sectors"))).contains("haarzorg-schoonheid"));
	}

	@Test
	void everyServiceSaysWhoOffersItAndHowToReachIt() {
		List<JsonNode> services = nodes(search(Map.of()));
		assertThat(services).hasSizeGreaterThan(20).allSatisfy(s -> {
			assertThat(s.path("stakeholder").path("key").asText()).isNotBlank();
			assertThat(s.path("stakeholder").path("services").findValuesAsText("id")).contains(s.path("id").asText());
			assertThat(s.path("channels")).isNotEmpty()
				.allSatisfy(c -> assertThat(c.path("value").asText()).isNotBlank());
		});
	}

	@Test
	void titlesInTheAskedLanguageOrDutch() {
		List<JsonNode> services = nodes(search(Map.of("lang", "EN")));
		assertThat(services).allSatisfy(s -> assertThat(s.path("title").path("language").asText()).isIn("EN", "NL"));
		assertThat(services).anySatisfy(s -> assertThat(s.path("title").path("language").asText()).isEqualTo("EN"));
	}

	/** Services with these arguments: fewer than all, but some. */
	private List<JsonNode> narrows(Map<String, Object> arguments) {
		int all = search(Map.of()).path("totalCount").asInt();
		JsonNode services = search(arguments);
		assertThat(services.path("totalCount").asInt()).as("services for " + arguments).isPositive().isLessThan(all);
		List<JsonNode> nodes = nodes(services);
		assertThat(nodes).hasSize(services.path("totalCount").asInt());
		return nodes;
	}

	private JsonNode search(Map<String, Object> arguments) {
		return data(graphQl.document(SERVICES).variables(new HashMap<>(arguments)).execute(), "supportServices");
	}

}
