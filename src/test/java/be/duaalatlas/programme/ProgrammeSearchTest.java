package be.duaalatlas.programme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Programme search through GraphQL over the real engine and the sample catalogue. */
class ProgrammeSearchTest extends AtlasIntegrationTest {

	@Test
	void dutchStemmingMatchesPluralOfAWordInTheText() {
		List<String> codes = codes("leerwerkplekken", "NL");
		assertThat(codes).isNotEmpty();
		List<String> descriptions = graphQl.documentName("programme/programmesByTextPaged")
			.variable("text", "leerwerkplekken")
			.variable("first", 50)
			.execute()
			.path("programmes.edges[*].node.description.value")
			.entityList(String.class)
			.get();
		assertThat(descriptions).anySatisfy(d -> assertThat(d.toLowerCase()).contains("leerwerkplek"));
	}

	@Test
	void frenchWithoutAccentMatchesAccentedText() {
		var response = graphQl.documentName("programme/programmesByTextPaged")
			.variable("text", "electricien")
			.variable("lang", "FR")
			.execute();
		response.path("programmes.edges[0].node.name.language").entity(String.class).isEqualTo("FR");
		response.path("programmes.edges[0].node.code")
			.entity(String.class)
			.satisfies(code -> assertThat(code).startsWith("elektr"));
		response.path("programmes.edges[0].highlights[*].fragments[*]")
			.entityList(String.class)
			.satisfies(
					fragments -> assertThat(fragments).anySatisfy(f -> assertThat(f).contains("<em>électricien</em>")));
	}

	@Test
	void pupilWordAndTypoFindTheElectricianProgramme() {
		assertThat(codes("elektricien", "NL")).first().asString().startsWith("elektr");
		assertThat(codes("elektrisien", "NL")).anySatisfy(code -> assertThat(code).startsWith("elektr"));
	}

	@Test
	void highlightsSayWhyAHitMatched() {
		graphQl.documentName("programme/programmesByTextPaged")
			.variable("text", "elektricien")
			.execute()
			.path("programmes.edges[0].highlights[*].fragments[*]")
			.entityList(String.class)
			.satisfies(fragments -> assertThat(fragments).anySatisfy(f -> assertThat(f).contains("<em>")));
	}

	@Test
	void pagesCoverEveryProgrammeOnceInOrder() {
		int total = graphQl.documentName("programme/programmesByTextPaged")
			.variable("first", 1)
			.execute()
			.path("programmes.totalCount")
			.entity(Integer.class)
			.get();
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = graphQl.documentName("programme/programmesByTextPaged")
				.variable("first", 7)
				.variable("after", after)
				.execute();
			seen.addAll(response.path("programmes.edges[*].node.code").entityList(String.class).get());
			more = response.path("programmes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("programmes.pageInfo.endCursor").entity(String.class).get();
		}
		Set<String> unique = new HashSet<>(seen);
		assertThat(seen).hasSize(total);
		assertThat(unique).hasSize(total);
		assertThat(total).isGreaterThan(20);
	}

	@Test
	void pageSizeAboveHundredIsABadRequestNamingTheArgument() {
		graphQl.documentName("programme/programmesByTextPaged")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(errors.get(0).getExtensions()).containsEntry("argument", "first");
				assertThat(errors.get(0).getMessage()).contains("between 1 and 100");
			});
	}

	@Test
	void aForgedCursorIsABadRequest() {
		graphQl.documentName("programme/programmesByTextPaged")
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(errors.get(0).getExtensions()).containsEntry("argument", "after");
			});
	}

	@Test
	void missingLanguageFallsBackToDutchAndSaysSo() {
		graphQl.documentName("programme/programmeInEnglish")
			.execute()
			.path("programme.name.language")
			.entity(String.class)
			.satisfies(language -> assertThat(language).isIn("EN", "NL"));
	}

	private List<String> codes(String text, String lang) {
		return graphQl.documentName("programme/programmesByTextPaged")
			.variable("text", text)
			.variable("lang", lang)
			.variable("first", 10)
			.execute()
			.path("programmes.edges[*].node.code")
			.entityList(String.class)
			.get();
	}

}
