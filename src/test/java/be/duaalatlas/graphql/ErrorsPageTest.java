package be.duaalatlas.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/errors.md is the client's list of classifications: every one the service can
 * answer with has its row there, so the page cannot fall behind the code.
 */
class ErrorsPageTest {

	@Test
	void everyClassificationTheServiceAnswersWithHasARow() throws IOException {
		String page = Files.readString(Path.of("docs/errors.md"));
		Stream.of(ErrorType.values(), SearchErrorType.values(), WriteErrorType.values())
			.flatMap(Arrays::stream)
			.map(Enum::name)
			.forEach(name -> assertThat(page).as("docs/errors.md row of %s", name).contains("| `" + name + "` |"));
	}

}
