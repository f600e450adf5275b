package be.duaalatlas.programme;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text that can be official says whether it is: a programme's Dutch name is the
 * official one, its French and English names are the catalogue's translations; a
 * municipality's names are official in each language it has; the catalogue's own
 * explanations are never presented as official.
 */
class HonestLabelsTest extends AtlasIntegrationTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NL, Medewerker ruwbouw duaal, true", "FR, Ouvrier du gros œuvre (en alternance), false",
			"EN, Structural building worker (dual), false" })
	void aProgrammesNameIsOfficialInDutchOnly(String lang, String name, boolean official) {
		JsonNode programme = data(
				graphQl.documentName("programme/programmeOfficialLabels").variable("lang", lang).execute(),
				"programme");
		assertThat(programme.path("name").path("value").asText()).isEqualTo(name);
		assertThat(programme.path("name").path("language").asText()).isEqualTo(lang);
		assertThat(programme.path("name").path("official").asBoolean()).isEqualTo(official);
		assertThat(programme.path("description").path("official").asBoolean(true)).isFalse();
		JsonNode offering = programme.path("offerings").path("edges").get(0).path("node");
		assertThat(offering.path("name").path("value").asText()).isEqualTo(name);
		assertThat(offering.path("name").path("official").asBoolean()).isEqualTo(official);
		assertThat(offering.path("municipality").path("official").asBoolean()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NL, Elsene", "FR, Ixelles" })
	void aBrusselsMunicipalitysNamesAreOfficialInBothLanguagesAndTheCataloguesWordsAreNot(String lang, String name) {
		JsonNode place = data(graphQl.documentName("programme/place").variable("lang", lang).execute(), "place");
		assertThat(place.path("name").path("value").asText()).isEqualTo(name);
		assertThat(place.path("name").path("official").asBoolean()).isTrue();
		assertThat(place.path("municipality").path("name").path("official").asBoolean()).isTrue();
		JsonNode search = data(
				graphQl.documentName("programme/offeringOfficialLabels").variable("lang", lang).execute(), "search");
		assertThat(search.findValues("howToEnrol")).singleElement()
			.satisfies(text -> assertThat(text.path("official").asBoolean(true)).isFalse());
		JsonNode body = data(graphQl.documentName("programme/recognisingBody").variable("lang", lang).execute(),
				"recognisingBody");
		assertThat(body.path("explanation").path("official").asBoolean(true)).isFalse();
	}

}
