package be.duaalatlas.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation in {@code frontend-contract/} still validates and answers with data (no
 * empty list, but for the closest programmes of words that found something).
 */
class FrontendContractTest extends AtlasIntegrationTest {

	static Stream<Path> operations() throws IOException {
		return Files.list(Path.of("frontend-contract")).filter(p -> p.toString().endsWith(".graphql")).sorted();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void operationAnswersWithoutErrors(Path operation) throws IOException {
		var response = graphQl.document(Files.readString(operation)).execute();
		response.errors().verify();
		Map<String, Object> data = response.path("$").entity(Map.class).get();
		assertThat(data).isNotEmpty();
		assertThat(data.values()).allSatisfy(value -> assertThat(value).isNotNull());
		// closestProgrammes is empty by design whenever the words found something
		assertThat(data.toString().replace("closestProgrammes=[]", "")).doesNotContain("edges=[]")
			.doesNotContain("=[]}");
	}

}
