package be.duaalatlas.content;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Brussels equivalences of programmes asked for in different languages are loaded in
 * one batch, and each programme's equivalences come in that programme's language, not in
 * the language of the first of the batch.
 */
class EquivalencesInManyLanguagesTest extends AtlasIntegrationTest {

	@Test
	void aBatchOfProgrammesInDifferentLanguagesGivesEachItsOwnLanguage() {
		GraphQlTester.Response answer = graphQl.document("""
				{ french: programme(code: "elektrische-installaties-duaal", lang: FR) {
				    brusselsEquivalences { note { value language } } }
				  dutch: programme(code: "haarverzorging-duaal", lang: NL) {
				    brusselsEquivalences { note { value language } } } }
				""").execute();

		JsonNode french = data(answer, "french.brusselsEquivalences");
		JsonNode dutch = data(answer, "dutch.brusselsEquivalences");
		assertThat(french).isNotEmpty();
		assertThat(dutch).isNotEmpty();
		assertThat(each(french, e -> e.path("note").path("language").asText())).containsOnly("FR");
		assertThat(each(dutch, e -> e.path("note").path("language").asText())).containsOnly("NL");
	}

}
