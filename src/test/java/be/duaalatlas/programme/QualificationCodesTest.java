package be.duaalatlas.programme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.each;
import static be.duaalatlas.GraphQlResults.error;
import static be.duaalatlas.GraphQlResults.nodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Professional qualifications carry their code in the Flemish qualifications database
 * where a cited public source gave it, and nothing where none did; the code finds the
 * programmes that lead to the qualification, in a filter and in a search's text.
 */
class QualificationCodesTest extends AtlasIntegrationTest {

	static final Path TABLE = Path.of("src/main/resources/catalogue/programmes/qualification-codes.tsv");

	@Test
	void everyCodeOfTheTableIsOnItsQualificationAndTheOthersHaveNone() throws IOException {
		List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
		assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> {
			String[] f = line.split("\t");
			JsonNode qualification = data(graphQl.document("query($id: ID!) { qualification(id: $id) { name code } }")
				.variable("id", f[0])
				.execute(), "qualification");
			assertThat(qualification.path("name").asText()).isEqualTo(f[1]);
			assertThat(qualification.path("code").asText()).isEqualTo(f[2]);
		});
		JsonNode metselaar = data(graphQl.document("{ qualification(id: \"metselaar\") { name code } }").execute(),
				"qualification");
		assertThat(metselaar.path("name").asText()).isEqualTo("Metselaar");
		assertThat(metselaar.path("code").isNull()).as("no cited source, no code").isTrue();
	}

	@Test
	void theCodeInAnyUsualWritingFiltersTheProgrammesThatLeadToIt() {
		List<String> byId = codes("tegelzetter");
		assertThat(byId).contains("afwerking-bouw-duaal", "dekvloerlegger-en-tegelzetter-duaal");
		for (String typed : List.of("BK-0169", "bk0169", "BK-0169-1")) {
			assertThat(codes(typed)).as(typed).containsExactlyInAnyOrderElementsOf(byId);
		}
		JsonNode programme = data(graphQl.documentName("programme/programmeQualificationCodes").execute(),
				"programme.qualifications");
		assertThat(each(programme, q -> q.path("code").asText(null))).contains("BK-0357");
	}

	@Test
	void aCodeTheCatalogueDoesNotKnowIsABadRequestNamingTheFilter() {
		error(graphQl.document("{ programmes(filter: { qualification: \"BK-9999\" }) { totalCount } }").execute(),
				"BAD_REQUEST", "filter.qualification");
	}

	@Test
	void aSearchForTheCodeFindsTheProgrammeFirst() {
		JsonNode first = data(graphQl.documentName("programme/searchByQualificationCode").execute(), "search.edges[0]");
		assertThat(first.path("kind").asText()).isEqualTo("PROGRAMME");
		assertThat(first.path("node").path("code").asText()).isEqualTo("kapper-stylist-duaal");
	}

	private List<String> codes(String qualification) {
		return each(nodes(
				data(graphQl.documentName("programme/programmesByQualification").variable("q", qualification).execute(),
						"programmes")),
				n -> n.path("code").asText());
	}

}
