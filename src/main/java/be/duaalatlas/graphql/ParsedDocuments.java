package be.duaalatlas.graphql;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Each document parsed and validated once, not on every request: the website and partner
 * apps send the same few texts again and again, and parsing and validation took about a
 * seventh of the service's CPU on a text search (JFR, docs/measurements.md). Keyed by the
 * text and the locale (validation messages are localised); variables play no part in
 * validation. What the cost limit measures still runs on every request
 * ({@link QueryLimits} measures an operation at execution when validation did not run),
 * and a document refused before validation (too many selections) is refused again each
 * time: nothing is kept when parsing or validating throws. Bounded by
 * {@code atlas.parsed-documents.max-weight}, estimated at 50 bytes a character of text.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	/**
	 * @param maxWeight the most heap the parsed documents may take together; the least
	 * recently used go first
	 */
	@ConfigurationProperties("atlas.parsed-documents")
	record Properties(@DefaultValue("16MB") DataSize maxWeight) {
	}

	private record Key(String text, Locale locale) {
	}

	private final Cache<Key, PreparsedDocumentEntry> documents;

	ParsedDocuments(Properties properties) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(properties.maxWeight().toBytes())
			.weigher((Key key, PreparsedDocumentEntry entry) -> 200 + 50 * key.text().length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Key key = new Key(input.getQuery(), input.getLocale());
		return CompletableFuture.completedFuture(documents.get(key, ignored -> parseAndValidate.apply(input)));
	}

	@Override
	public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

}
