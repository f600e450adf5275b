package be.duaalatlas.stakeholder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stakeholder-role map (Action 18.2) by region and sector, and a stakeholder's own
 * roles and services. Which stakeholder should appear is derived from the whole role map,
 * never listed here.
 */
class RoleMapTest extends AtlasIntegrationTest {

	@Test
	void aStakeholderForAllOfFlandersHoldsItsRolesInEveryFlemishProvinceButNotInBrussels() {
		List<JsonNode> all = roleMap(Map.of());
		Set<String> flandersOnly = keys(all, s -> texts(s.path("regions")).equals(List.of("FLANDERS")));
		assertThat(flandersOnly).as("stakeholders serving all of Flanders only").isNotEmpty();
		Set<String> limburg = keys(roleMap(Map.of("region", "LIMBURG")), s -> true);
		assertThat(limburg).containsAll(flandersOnly);
		assertThat(keys(roleMap(Map.of("region", "BRUSSELS")), s -> true)).doesNotContainAnyElementsOf(flandersOnly);
	}

	@Test
	void aRegionKeepsOnlyWhoServesIt() {
		List<JsonNode> all = roleMap(Map.of());
		List<JsonNode> limburg = roleMap(Map.of("region", "LIMBURG"));
		assertThat(limburg).isNotEmpty().hasSizeLessThan(all.size());
		assertThat(limburg).allSatisfy(
				a -> assertThat(texts(a.path("stakeholder").path("regions"))).containsAnyOf("LIMBURG", "FLANDERS"));
		Set<String> otherProvinceOnly = keys(all, s -> !texts(s.path("regions")).isEmpty()
				&& !texts(s.path("regions")).contains("LIMBURG") && !texts(s.path("regions")).contains("FLANDERS"));
		assertThat(otherProvinceOnly).as("stakeholders of another province or Brussels only").isNotEmpty();
		assertThat(keys(limburg, s -> true)).doesNotContainAnyElementsOf(otherProvinceOnly);
	}

	@Test
	void aSectoralPartnershipAppearsOnlyForItsSectorAndAllSectorStakeholdersForEvery() {
		List<JsonNode> all = roleMap(Map.of());
		Map<String, List<String>> sectorsOf = new HashMap<>();
		all.forEach(a -> sectorsOf.put(a.path("stakeholder").path("key").asText(),
				texts(a.path("stakeholder").path("sectors"))));
		String partnership = sectorsOf.entrySet()
			.stream()
			.filter(e -> e.getValue().size() == 1)
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElseThrow();
		String itsSector = sectorsOf.get(partnership).get(0);
		String otherSector = sectorsOf.values()
			.stream()
			.filter(s -> s.size() == 1 && !s.contains(itsSector))
			.map(s -> s.get(0))
			.findFirst()
			.orElseThrow();
		Set<String> forAllSectors = keys(all, s -> texts(s.path("sectors")).isEmpty());
		Set<String> inItsSector = keys(roleMap(Map.of("sector", itsSector)), s -> true);
		Set<String> inOtherSector = keys(roleMap(Map.of("sector", otherSector)), s -> true);
		assertThat(inItsSector).contains(partnership).containsAll(forAllSectors);
		assertThat(inOtherSector).doesNotContain(partnership).containsAll(forAllSectors);
		assertThat(roleMap(Map.of("sector", itsSector)))
			.allSatisfy(a -> assertThat(servesSector(a.path("stakeholder"), itsSector)).as(a.toString()).isTrue());
	}

	@Test
	void regionSectorAndRoleCombine() {
		List<JsonNode> recognisers = roleMap(Map.of("role", "RECOGNISE_WORKPLACES"));
		assertThat(recognisers).isNotEmpty()
			.allSatisfy(a -> assertThat(a.path("role").asText()).isEqualTo("RECOGNISE_WORKPLACES"));
		List<JsonNode> combined = roleMap(
				Map.of("role", "RECOGNISE_WORKPLACES", "region", "LIMBURG", "sector", "bouw"));
		assertThat(combined).isNotEmpty().hasSizeLessThan(recognisers.size());
		assertThat(each(combined, a -> a.path("stakeholder").path("key").asText()))
			.isSubsetOf(each(recognisers, a -> a.path("stakeholder").path("key").asText()));
		assertThat(combined).allSatisfy(a -> {
			assertThat(texts(a.path("stakeholder").path("regions"))).containsAnyOf("LIMBURG", "FLANDERS");
			assertThat(servesSector(a.path("stakeholder"), "bouw")).as(a.toString()).isTrue();
		});
	}

	@Test
	void aStakeholderShowsItsRolesAndTheServicesItOffers() {
		JsonNode services = data(graphQl.documentName("stakeholder/supportServices").execute(), "supportServices");
		String key = services.path("edges").get(0).path("node").path("stakeholder").path("key").asText();
		Set<String> itsServices = services.findValues("node")
			.stream()
			.filter(n -> n.path("stakeholder").path("key").asText().equals(key))
			.map(n -> n.path("id").asText())
			.collect(Collectors.toSet());
		JsonNode stakeholder = data(graphQl.documentName("stakeholder/stakeholder").variable("id", key).execute(),
				"stakeholder");
		assertThat(stakeholder.path("id").asText()).isEqualTo("Stakeholder:" + key);
		assertThat(stakeholder.path("services").findValuesAsText("id"))
			.containsExactlyInAnyOrderElementsOf(itsServices);
		assertThat(stakeholder.path("services").findValuesAsText("key")).containsOnly(key);
		assertThat(stakeholder.path("mentors"))
			.allSatisfy(s -> assertThat(texts(s.path("audiences"))).contains("MENTOR"));
		Set<String> roles = roleMap(Map.of()).stream()
			.filter(a -> a.path("stakeholder").path("key").asText().equals(key))
			.map(a -> a.path("role").asText())
			.collect(Collectors.toSet());
		assertThat(stakeholder.path("roles").findValuesAsText("role")).containsExactlyInAnyOrderElementsOf(roles);
	}

	@Test
	void everyStakeholderOfTheRoleMapHasARoleWithItsDescription() {
		assertThat(roleMap(Map.of())).hasSizeGreaterThan(20).allSatisfy(a -> {
			assertThat(a.path("role").asText()).isNotBlank();
			assertThat(a.path("stakeholder").path("name").path("value").asText()).isNotBlank();
		});
	}

	private List<JsonNode> roleMap(Map<String, Object> arguments) {
		JsonNode roleMap = data(
				graphQl.documentName("stakeholder/roleMap").variables(new HashMap<>(arguments)).execute(), "roleMap");
		return each(roleMap, a -> a);
	}

	private static boolean servesSector(JsonNode stakeholder, String sector) {
		List<String> sectors = texts(stakeholder.path("sectors"));
		return sectors.isEmpty() || sectors.contains(sector);
	}

	private static Set<String> keys(List<JsonNode> assignments, java.util.function.Predicate<JsonNode> stakeholder) {
		return assignments.stream()
			.map(a -> a.path("stakeholder"))
			.filter(stakeholder)
			.map(s -> s.path("key").asText())
			.collect(Collectors.toSet());
	}

}
