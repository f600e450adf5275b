package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes asked for in different languages in one request can be loaded in one batch,
 * and each programme's equivalences (and each equivalence's programme) come in that
 * programme's language, not in the language of the first of the batch.
 * <p>
 * When batches mix languages: graphql-java dispatches the data loaders once the last root
 * field has been fetched, and the root fields' values are there at once, so the loads
 * queued by every root field before the last share one batch (with only two root fields,
 * each gets its own); a level further down, the loads of all parents on that level share
 * one. The last root field of each query below is there to make the others share a batch.
 */
class EquivalencesInManyLanguagesTest extends AtlasIntegrationTest {

	@Test
	void programmesOfRootFieldsInDifferentLanguagesEachGetTheirOwnLanguage() {
		GraphQlTester.Response answer = graphQl.documentName("content/programmesInThreeLanguages").execute();

		assertThat(noteLanguages(data(answer, "french.brusselsEquivalences"))).containsOnly("FR");
		assertThat(noteLanguages(data(answer, "dutch.brusselsEquivalences"))).containsOnly("NL");
		assertThat(noteLanguages(data(answer, "english.brusselsEquivalences"))).containsOnly("EN");
	}

	@Test
	void theProgrammesOfEquivalenceListsInDifferentLanguagesEachKeepTheirList() {
		GraphQlTester.Response answer = graphQl.documentName("content/brusselsEquivalencesInFrenchAndDutch").execute();

		JsonNode french = data(answer, "french");
		JsonNode dutch = data(answer, "dutch");
		assertThat(french).hasSizeGreaterThan(1);
		assertThat(dutch).hasSameSizeAs(french);
		assertThat(each(french, e -> e.path("programme").path("name").path("language").asText())).containsOnly("FR");
		assertThat(each(dutch, e -> e.path("programme").path("name").path("language").asText())).containsOnly("NL");
		french.forEach(
				e -> assertThat(noteLanguages(e.path("programme").path("brusselsEquivalences"))).containsOnly("FR"));
		dutch.forEach(
				e -> assertThat(noteLanguages(e.path("programme").path("brusselsEquivalences"))).containsOnly("NL"));
	}

	/** The languages of the equivalences' notes; fails on an empty list. */
	private static List<String> noteLanguages(JsonNode equivalences) {
		assertThat(equivalences).as("equivalences").isNotEmpty();
		return each(equivalences, e -> e.path("note").path("language").asText());
	}

}
