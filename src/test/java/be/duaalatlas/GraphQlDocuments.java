package be.duaalatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The tests' GraphQL documents, {@code src/test/resources/graphql-test/<name>.graphql}:
 * the files a {@code GraphQlTester} sends by {@code documentName(name)}, read as text for
 * the tests that post over plain HTTP.
 */
public final class GraphQlDocuments {

	private GraphQlDocuments() {
	}

	/** The text of the document {@code documentName(name)} sends. */
	public static String text(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no GraphQL document " + name, ex);
		}
	}

}
