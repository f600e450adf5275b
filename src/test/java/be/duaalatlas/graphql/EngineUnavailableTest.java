package be.duaalatlas.graphql;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cluster unreachable the service still starts, and every query answers a typed
 * SEARCH_UNAVAILABLE error with a readable message, not a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.elasticsearch.uris=http://127.0.0.1:9", "atlas.ingest.load-sample=false" })
@AutoConfigureHttpGraphQlTester
class EngineUnavailableTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void queriesAnswerSearchUnavailable() {
		graphQl.documentName("graphql/programmes").execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("SEARCH_UNAVAILABLE");
			assertThat(errors.get(0).getMessage()).contains("unavailable").doesNotContain("Exception");
		});
	}

	@Test
	void autocompleteAnswersSearchUnavailable() {
		graphQl.documentName("graphql/suggest")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("SEARCH_UNAVAILABLE"));
	}

}
