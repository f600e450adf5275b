package be.duaalatlas.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.index.EngineRequestCounter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance of the one search box in the words pupils use: the expected programmes are
 * the ones whose own aliases carry the word or a word of its pupil-word synonym group
 * (read from the index definition), never a hard-coded list.
 */
class SearchTest extends AtlasIntegrationTest {

	@Autowired
	private EngineRequestCounter engineRequests;

	/**
	 * The programme a pupil means by "elektricien": the residential electrician's
	 * programme.
	 */
	static final String ELECTRICAL_INSTALLATIONS = "elektrische-installaties-duaal";

	private static final String PROGRAMME_HITS = "search/searchProgrammesByText";

	@Test
	void elektricienPutsTheElectricalInstallationsProgrammeFirstAmongProgrammes() {
		assertThat(programmeCodes("elektricien")).first().isEqualTo(ELECTRICAL_INSTALLATIONS);
		// also in the cross-kind search, where programmes mix with every other kind
		JsonNode search = data(graphQl.documentName("search/searchByText").execute(), "search");
		List<String> programmes = new ArrayList<>();
		search.path("edges").forEach(edge -> {
			if (edge.path("kind").asText().equals("PROGRAMME")) {
				programmes.add(edge.path("node").path("code").asText());
			}
		});
		assertThat(programmes).first().isEqualTo(ELECTRICAL_INSTALLATIONS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "elektricien", "kapper", "koken", "coiffeur", "beenhouwer" })
	void aPupilWordFindsEveryProgrammeWhoseAliasesSayItOrASynonymAndOneOfThemFirst(String word) throws IOException {
		Set<String> expected = programmesWithAliasIn(synonymGroup(word));
		assertThat(expected).as("programmes with an alias in the group of " + word).isNotEmpty();
		List<String> found = programmeCodes(word);
		assertThat(found).containsAll(expected);
		assertThat(found.get(0)).isIn(expected);
	}

	@Test
	void aSynonymFindsAProgrammeWhoseAliasesOnlyHaveAnotherWordOfTheGroup() throws IOException {
		// "beenhouwer" is the Flemish word; the group says slager; at least the
		// programmes saying slager are found
		Set<String> bySlager = programmesWithAliasIn(Set.of("slager"));
		assertThat(bySlager).isNotEmpty();
		assertThat(programmeCodes("beenhouwer")).containsAll(bySlager);
		// "koken": programmes that only say "kok" or "keuken" are found too
		Set<String> byKok = programmesWithAliasIn(Set.of("kok", "keuken"));
		assertThat(programmeCodes("koken")).containsAll(byKok);
	}

	@Test
	void aTypoStillFindsTheElectricalInstallationsProgrammeFirst() {
		assertThat(programmeCodes("elektrisien")).first().isEqualTo(ELECTRICAL_INSTALLATIONS);
	}

	@Test
	void aTypoSearchIsOneEngineRequest() {
		// "kaper" (a typo of kapper) finds little as typed: the typo match in the same
		// request finds the hairdressing records; no second search with the typo match
		long before = engineRequests.aggregating();
		JsonNode search = data(graphQl
			.document("{ search(text: \"kaper\", first: 3) { totalCount facets { kinds { value count } } } }")
			.execute(), "search");
		assertThat(engineRequests.aggregating() - before).as("searches with the facets' aggregations").isEqualTo(1);
		assertThat(search.path("totalCount").asInt()).isGreaterThan(3);
		assertThat(search.path("facets").path("kinds").findValuesAsText("value")).contains("PROGRAMME");
	}

	@Test
	void everyHitOfAPupilWordSaysWhyItMatched() {
		JsonNode search = data(graphQl.documentName(PROGRAMME_HITS).variable("text", "kapper").execute(), "search");
		assertThat(search.path("edges")).isNotEmpty()
			.allSatisfy(edge -> assertThat(edge.path("highlights")).anySatisfy(
					h -> assertThat(texts(h.path("fragments"))).anySatisfy(f -> assertThat(f).contains("<em>"))));
	}

	@Test
	void textNarrowsTheSearchAndEmptyTextMatchesEverything() {
		int all = data(graphQl.document("{ search(first: 1) { totalCount } }").execute(), "search.totalCount").asInt();
		int blank = data(graphQl.document("{ search(text: \"  \", first: 1) { totalCount } }").execute(),
				"search.totalCount")
			.asInt();
		int kapper = data(graphQl.document(GraphQlDocuments.text(PROGRAMME_HITS).replace("kinds: [PROGRAMME] ", ""))
			.variable("text", "kapper")
			.execute(), "search.totalCount").asInt();
		assertThat(blank).isEqualTo(all);
		assertThat(kapper).isPositive().isLessThan(all);
	}

	@Test
	void textLongerThanTwoHundredCharactersIsABadRequest() {
		var response = graphQl.document("query($t: String) { search(text: $t) { totalCount } }")
			.variable("t", "kapper ".repeat(40))
			.execute();
		be.duaalatlas.GraphQlResults.error(response, "BAD_REQUEST", "text");
	}

	private List<String> programmeCodes(String text) {
		JsonNode search = data(graphQl.documentName(PROGRAMME_HITS).variable("text", text).execute(), "search");
		assertThat(each(search.path("edges"), e -> e.path("kind").asText())).containsOnly("PROGRAMME");
		return each(nodes(search), n -> n.path("code").asText());
	}

	/**
	 * Programmes with an alias (in any language) that has one of these words, accents and
	 * case ignored.
	 */
	private Set<String> programmesWithAliasIn(Set<String> words) {
		Set<String> folded = new HashSet<>();
		words.forEach(w -> folded.add(fold(w)));
		Set<String> codes = new HashSet<>();
		for (String lang : List.of("NL", "FR", "EN")) {
			JsonNode programmes = data(
					graphQl.documentName("search/programmesAliases").variable("lang", lang).execute(), "programmes");
			for (JsonNode programme : nodes(programmes)) {
				for (String alias : texts(programme.path("aliases"))) {
					if (Arrays.stream(fold(alias).split("[^a-z0-9]+")).anyMatch(folded::contains)
							|| folded.contains(fold(alias))) {
						codes.add(programme.path("code").asText());
					}
				}
			}
		}
		return codes;
	}

	/**
	 * The word's group in the pupil-word synonyms of the programmes' index definition
	 * (one-way rules left out).
	 */
	static Set<String> synonymGroup(String word) throws IOException {
		JsonNode synonyms = new ObjectMapper().readTree(Files.readString(Path.of("search-mappings/programmes.json")))
			.path("settings")
			.path("analysis")
			.path("filter")
			.path("pupil_words")
			.path("synonyms");
		Set<String> group = new HashSet<>(Set.of(word));
		for (JsonNode rule : synonyms) {
			List<String> words = rule.asText().contains("=>") ? List.of()
					: Arrays.stream(rule.asText().split(",")).map(String::strip).toList();
			if (words.stream().anyMatch(w -> fold(w).equals(fold(word)))) {
				group.addAll(words);
			}
		}
		return group;
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
