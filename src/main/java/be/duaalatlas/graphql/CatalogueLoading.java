package be.duaalatlas.graphql;

import java.util.List;
import java.util.Set;

import be.duaalatlas.index.CatalogueReadiness;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Until the catalogue has been checked and loaded once since the service started, every
 * operation gets a typed SEARCH_UNAVAILABLE saying so, rather than what an empty
 * catalogue would answer (no hits, "unknown postcode"). Introspection alone still runs:
 * it needs no catalogue. After the first load this is one volatile read: later engine
 * outages answer SEARCH_UNAVAILABLE where the engine is asked, while what the service
 * keeps in memory still comes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CatalogueLoading implements WebGraphQlInterceptor {

	static final String MESSAGE = "The catalogue is unavailable while it is loading (the service has just started or "
			+ "its search engine is not back yet); try again in a moment.";

	private static final Set<String> INTROSPECTION = Set.of("__schema", "__type", "__typename");

	private final CatalogueReadiness readiness;

	CatalogueLoading(CatalogueReadiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (readiness.loadedOnce() || introspectionOnly(request.getDocument())) {
			return chain.next(request);
		}
		var error = GraphqlErrorBuilder.newError()
			.errorType(SearchErrorType.SEARCH_UNAVAILABLE)
			.message(MESSAGE)
			.build();
		var result = ExecutionResultImpl.newExecutionResult().errors(List.of(error)).build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

	/**
	 * Whether every operation selects only introspection fields; a document that does not
	 * parse goes on, to be refused by graphql-java as always.
	 */
	private static boolean introspectionOnly(String text) {
		Document document;
		try {
			document = Parser.parse(text);
		}
		catch (RuntimeException ex) {
			return true;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		return !operations.isEmpty() && operations.stream()
			.allMatch(operation -> operation.getSelectionSet()
				.getSelections()
				.stream()
				.allMatch(selection -> selection instanceof Field field && INTROSPECTION.contains(field.getName())));
	}

}
