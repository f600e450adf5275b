package be.duaalatlas.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.place.Provinces;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.texts;
import static be.duaalatlas.search.SearchHits.Hit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of {@code SearchFilter}: it narrows the search (fewer hits than without it,
 * but some), and every hit, on every page, satisfies it. Filter values are taken from the
 * catalogue itself (facets and records).
 */
class SearchFilterTest extends AtlasIntegrationTest {

	@Test
	void kinds() {
		List<String> kinds = List.of("SUPPORT_SERVICE", "GOOD_PRACTICE");
		SearchHits.All all = narrows(Map.of("kinds", kinds), hit -> kinds.contains(hit.kind()));
		assertThat(all.hits()).extracting(Hit::kind).containsAll(kinds);
	}

	@Test
	void programme() {
		String code = SearchTest.ELECTRICAL_INSTALLATIONS;
		SearchHits.All all = narrows(Map.of("programme", code),
				hit -> hit.programmes().stream().anyMatch(p -> p.path("code").asText().equals(code)));
		assertThat(all.hits()).extracting(Hit::kind).contains("PROGRAMME", "OFFERING", "WORKPLACE");
	}

	@Test
	void qualification() {
		String id = data(graphQl.documentName("search/programmeQualifications")
			.variable("code", SearchTest.ELECTRICAL_INSTALLATIONS)
			.execute(), "programme.qualifications[0].id").asText();
		narrows(Map.of("qualification", id),
				hit -> hit.programmes()
					.stream()
					.anyMatch(p -> p.path("qualifications").findValuesAsText("id").contains(id)));
	}

	@Test
	void studyDomain() {
		String domain = leastFrequent("studyDomains");
		narrows(Map.of("studyDomain", domain),
				hit -> hit.programmes().stream().anyMatch(p -> p.path("studyDomain").asText().equals(domain)));
	}

	@Test
	void grade() {
		String grade = leastFrequent("grades");
		narrows(Map.of("grade", grade),
				hit -> hit.programmes().stream().anyMatch(p -> p.path("grade").asText().equals(grade)));
	}

	@Test
	void finality() {
		String finality = leastFrequent("finalities");
		narrows(Map.of("finality", finality),
				hit -> hit.programmes().stream().anyMatch(p -> p.path("finality").asText().equals(finality)));
	}

	@Test
	void sectorsMatchTheirRecordsAndWhatServesEverySector() {
		String sector = leastFrequent("sectors");
		SearchHits.All all = narrows(Map.of("sectors", List.of(sector)), hit -> switch (hit.kind()) {
			case "PROGRAMME", "OFFERING" -> texts(hit.programmes().get(0).path("sectors")).contains(sector);
			case "WORKPLACE" -> sector.equals(hit.text("sector"));
			default -> hit.list("sectors").isEmpty() || hit.list("sectors").contains(sector);
		});
		assertThat(all.hits()).as("a stakeholder for every sector")
			.anySatisfy(hit -> assertThat(hit.kind().equals("STAKEHOLDER") && hit.list("sectors").isEmpty()).isTrue());
	}

	@Test
	void aProvinceMatchesWhatIsInItAndWhatServesAllOfFlanders() {
		SearchHits.All all = narrows(Map.of("regions", List.of("LIMBURG")),
				hit -> hit.located() ? hit.text("province").equals("LIMBURG")
						: hit.list("regions").contains("LIMBURG") || hit.list("regions").contains("FLANDERS"));
		assertThat(all.hits()).as("a stakeholder for all of Flanders, not for Limburg by name").anySatisfy(hit -> {
			assertThat(hit.kind()).isEqualTo("STAKEHOLDER");
			assertThat(hit.list("regions")).contains("FLANDERS").doesNotContain("LIMBURG");
		});
	}

	@Test
	void flandersMatchesEveryFlemishProvinceButNotBrussels() {
		SearchHits.All flanders = narrows(Map.of("regions", List.of("FLANDERS")), hit -> hit.located()
				? Provinces.FLEMISH.contains(hit.text("province")) : hit.list("regions").contains("FLANDERS"));
		Set<String> provinces = new HashSet<>();
		flanders.hits().stream().filter(Hit::located).forEach(hit -> provinces.add(hit.text("province")));
		assertThat(provinces).containsExactlyInAnyOrderElementsOf(Provinces.FLEMISH);
		narrows(Map.of("regions", List.of("BRUSSELS")), hit -> hit.located() ? hit.text("province").equals("BRUSSELS")
				: hit.list("regions").contains("BRUSSELS"));
	}

	@Test
	void municipality() {
		String municipality = data(graphQl.documentName("search/searchOfferingsSortedByName").execute(),
				"search.edges[0].node.municipality.value")
			.asText();
		narrows(Map.of("municipality", municipality), hit -> hit.located()
				&& municipality.equalsIgnoreCase(hit.node().path("municipality").path("value").asText()));
	}

	@Test
	void rtcArea() {
		String rtc = data(graphQl.documentName("search/firstWorkplaceRtcArea").execute(),
				"workplaces.edges[0].node.rtcArea")
			.asText();
		SearchHits.All all = narrows(Map.of("rtcArea", rtc), hit -> switch (hit.kind()) {
			case "WORKPLACE" -> rtc.equals(hit.text("rtcArea"));
			case "OFFERING" -> rtc.equals(Provinces.rtcArea(hit.text("province")));
			default -> false;
		});
		assertThat(all.hits()).extracting(Hit::kind).contains("WORKPLACE", "OFFERING");
	}

	@Test
	void audience() {
		String audience = leastFrequent("audiences");
		narrows(Map.of("audience", audience), hit -> hit.list("audiences").contains(audience));
	}

	@Test
	void step() {
		String step = leastFrequent("steps");
		narrows(Map.of("step", step), hit -> hit.kind().equals("SUPPORT_SERVICE") && hit.list("steps").contains(step));
	}

	@Test
	void language() {
		SearchHits.All all = narrows(Map.of("language", "FR"), hit -> hit.kind().equals("OFFERING")
				? "fr".equals(hit.text("language")) : hit.list("languages").contains("fr"));
		assertThat(all.hits()).extracting(Hit::kind).contains("STAKEHOLDER", "SUPPORT_SERVICE", "KEY_MESSAGE");
	}

	@Test
	void recognisedBy() {
		String partnership = data(graphQl.documentName("search/firstLookingWorkplacePartnerships").execute(),
				"workplaces.edges[0].node.recognitions[0].partnership.key")
			.asText();
		narrows(Map.of("recognisedBy", partnership), hit -> hit.kind().equals("WORKPLACE")
				&& hit.node().path("recognitions").findValuesAsText("key").contains(partnership));
	}

	@Test
	void recognitionValidOn() {
		String day = data(graphQl.documentName("search/firstLookingWorkplaceRecognitionStart").execute(),
				"workplaces.edges[0].node.recognitions[0].validFrom")
			.asText();
		narrows(Map.of("recognitionValidOn", day), hit -> {
			boolean valid = false;
			for (JsonNode r : hit.node().path("recognitions")) {
				valid |= r.path("status").asText().equals("ACTIVE") && r.path("validFrom").asText().compareTo(day) <= 0
						&& r.path("validUntil").asText().compareTo(day) >= 0;
			}
			return hit.kind().equals("WORKPLACE") && valid;
		});
	}

	@Test
	void lookingForLearnerTrueAndFalseAreWhatTheCompaniesSay() {
		SearchHits.All looking = narrows(Map.of("lookingForLearner", true),
				hit -> hit.kind().equals("WORKPLACE") && hit.node().path("lookingForLearner").asBoolean(false));
		SearchHits.All notLooking = narrows(Map.of("lookingForLearner", false),
				hit -> hit.kind().equals("WORKPLACE") && hit.node().path("lookingForLearner").isBoolean()
						&& !hit.node().path("lookingForLearner").asBoolean());
		int workplaces = SearchHits.total(graphQl, null, Map.of("kinds", List.of("WORKPLACE")));
		assertThat(looking.totalCount() + notLooking.totalCount()).as("workplaces that said nothing match neither")
			.isLessThan(workplaces);
	}

	@Test
	void filtersCombineWithAnd() {
		String sector = mostFrequent("sectors");
		Map<String, Object> both = Map.of("sectors", List.of(sector), "regions", List.of("LIMBURG"), "kinds",
				List.of("WORKPLACE"));
		SearchHits.All all = SearchHits.all(graphQl, null, both);
		assertThat(all.totalCount()).isPositive()
			.isLessThan(
					SearchHits.total(graphQl, null, Map.of("sectors", List.of(sector), "kinds", List.of("WORKPLACE"))))
			.isLessThan(SearchHits.total(graphQl, null,
					Map.of("regions", List.of("LIMBURG"), "kinds", List.of("WORKPLACE"))));
		assertThat(all.hits()).allSatisfy(hit -> {
			assertThat(hit.text("sector")).isEqualTo(sector);
			assertThat(hit.text("province")).isEqualTo("LIMBURG");
		});
	}

	@Test
	void aFilterAlsoNarrowsAFreeTextSearch() {
		int text = SearchHits.total(graphQl, "kapper", null);
		SearchHits.All brussels = SearchHits.all(graphQl, "kapper", Map.of("regions", List.of("BRUSSELS")));
		assertThat(brussels.totalCount()).isPositive().isLessThan(text);
		assertThat(brussels.hits())
			.allSatisfy(hit -> assertThat(hit.located() ? List.of(hit.text("province")) : hit.list("regions"))
				.contains("BRUSSELS"));
	}

	/**
	 * Searches with only this filter, pages through every hit and checks each; the filter
	 * must narrow the search.
	 */
	private SearchHits.All narrows(Map<String, Object> filter, Predicate<Hit> satisfies) {
		int everything = SearchHits.total(graphQl, null, null);
		SearchHits.All all = SearchHits.all(graphQl, null, filter);
		assertThat(all.totalCount()).as("hits for " + filter).isPositive().isLessThan(everything);
		assertThat(all.hits()).as("every page of " + filter).hasSize(all.totalCount());
		assertThat(all.hits()).as("every hit of " + filter)
			.allSatisfy(hit -> assertThat(satisfies.test(hit)).as("%s satisfies %s", hit, filter).isTrue());
		return all;
	}

	/**
	 * The facet value with the fewest hits (not zero) in the whole catalogue: a filter
	 * value that narrows most.
	 */
	private String leastFrequent(String facet) {
		JsonNode counts = facet(facet);
		return counts.get(counts.size() - 1).path("value").asText();
	}

	/** The facet value with the most hits in the whole catalogue. */
	private String mostFrequent(String facet) {
		return facet(facet).get(0).path("value").asText();
	}

	private JsonNode facet(String facet) {
		JsonNode counts = data(
				graphQl.document("{ search(first: 1) { facets { " + facet + " { value count } } } }").execute(),
				"search.facets." + facet);
		assertThat(counts).as(facet + " facet").isNotEmpty();
		return counts;
	}

}
