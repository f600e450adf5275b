package be.duaalatlas.search;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestTest extends AtlasIntegrationTest {

	@Test
	void aPrefixSuggestsTheProgrammeName() {
		graphQl.documentName("search/suggest")
			.execute()
			.path("suggest[*].text")
			.entityList(String.class)
			.satisfies(texts -> assertThat(texts).anySatisfy(t -> assertThat(t).startsWithIgnoringCase("Elektricien")));
	}

	@Test
	void anEmptyPrefixIsABadRequest() {
		graphQl.documentName("search/suggestBlank").execute().errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions()).containsEntry("argument", "prefix");
		});
	}

}
