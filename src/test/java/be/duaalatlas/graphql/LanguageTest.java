package be.duaalatlas.graphql;

import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.GraphQlResults.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts in Dutch, French or English: the {@code lang} argument, else the Accept-Language
 * header, else Dutch; a text missing in the asked language comes back in Dutch and says
 * so.
 */
class LanguageTest extends AtlasIntegrationTest {

	@Test
	void langGivesFrenchAndEnglishTextsThatDifferFromTheDutch() {
		JsonNode nl = programme(graphQl, "NL");
		JsonNode fr = programme(graphQl, "FR");
		JsonNode en = programme(graphQl, "EN");
		assertThat(nl.path("name").path("language").asText()).isEqualTo("NL");
		assertThat(fr.path("name").path("language").asText()).isEqualTo("FR");
		assertThat(en.path("name").path("language").asText()).isEqualTo("EN");
		assertThat(fr.path("description").path("language").asText()).isEqualTo("FR");
		assertThat(List.of(nl.path("name").path("value").asText(), fr.path("name").path("value").asText(),
				en.path("name").path("value").asText()))
			.doesNotHaveDuplicates();
		assertThat(texts(fr.path("aliases"))).isNotEmpty().doesNotContainAnyElementsOf(texts(nl.path("aliases")));
	}

	@Test
	void withoutLangNorHeaderTextsAreDutch() {
		assertThat(programme(graphQl, null).path("name")).isEqualTo(programme(graphQl, "NL").path("name"));
	}

	@Test
	void aTextMissingInTheAskedLanguageFallsBackToDutchAndSaysSo() {
		for (String lang : List.of("FR", "EN")) {
			JsonNode messages = data(
					graphQl.documentName("graphql/keyMessagesByLanguage").variable("lang", lang).execute(),
					"keyMessages");
			JsonNode dutch = data(graphQl.documentName("graphql/keyMessagesInDutch").execute(), "keyMessages");
			List<JsonNode> nodes = nodes(messages);
			assertThat(nodes).as("messages written in %s and messages not", lang)
				.anySatisfy(n -> assertThat(texts(n.path("languages"))).contains(lang.toLowerCase()))
				.anySatisfy(n -> assertThat(texts(n.path("languages"))).doesNotContain(lang.toLowerCase()));
			for (int i = 0; i < nodes.size(); i++) {
				JsonNode node = nodes.get(i);
				boolean translated = texts(node.path("languages")).contains(lang.toLowerCase());
				assertThat(node.path("title").path("language").asText()).as(node.path("id").asText())
					.isEqualTo(translated ? lang : "NL");
				String dutchTitle = nodes(dutch).stream()
					.filter(d -> d.path("id").equals(node.path("id")))
					.findFirst()
					.orElseThrow()
					.path("title")
					.path("value")
					.asText();
				if (translated) {
					assertThat(node.path("title").path("value").asText()).isNotEqualTo(dutchTitle);
				}
				else {
					assertThat(node.path("title").path("value").asText()).isEqualTo(dutchTitle);
				}
			}
		}
	}

	@Test
	void theAcceptLanguageHeaderChoosesTheLanguage() {
		HttpGraphQlTester french = graphQl.mutate().header("Accept-Language", "fr-BE,fr;q=0.9").build();
		assertThat(programme(french, null).path("name")).isEqualTo(programme(graphQl, "FR").path("name"));
		HttpGraphQlTester english = graphQl.mutate().header("Accept-Language", "en-GB,en;q=0.8,nl;q=0.5").build();
		assertThat(programme(english, null).path("name")).isEqualTo(programme(graphQl, "EN").path("name"));
		// the header applies to every kind, also in the cross-kind search
		JsonNode hits = data(french.documentName("graphql/searchKapperLanguages").execute(), "search");
		assertThat(hits.findValuesAsText("language")).isNotEmpty().contains("FR");
	}

	@Test
	void theLangArgumentWinsOverTheHeader() {
		HttpGraphQlTester french = graphQl.mutate().header("Accept-Language", "fr-BE,fr;q=0.9").build();
		assertThat(programme(french, "EN").path("name").path("language").asText()).isEqualTo("EN");
		assertThat(programme(french, "NL").path("name").path("language").asText()).isEqualTo("NL");
	}

	@Test
	void aHeaderInAnotherLanguageOrMalformedFallsBackToDutch() {
		for (String header : List.of("de-DE,de;q=0.9", "not a language header;;")) {
			HttpGraphQlTester other = graphQl.mutate().header("Accept-Language", header).build();
			assertThat(programme(other, null).path("name").path("language").asText()).as(header).isEqualTo("NL");
		}
	}

	private static JsonNode programme(HttpGraphQlTester tester, String lang) {
		return data(tester.documentName("graphql/programmeByLanguage").variable("lang", lang).execute(), "programme");
	}

}
