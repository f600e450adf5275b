package be.duaalatlas.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.duaalatlas.index.CatalogueGeneration;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The same anonymous question asked again gets the answer given before, without asking
 * the engine: the website's pupils type the same trades, open the same programme pages
 * and land on the same first pages. Answers are kept per catalogue generation, so none
 * outlives an import or a write (by more than {@link CatalogueGeneration#RECHECK}). Only
 * whole answers without errors to queries (not mutations) of requests without credentials
 * are kept; a client that sends {@code Cache-Control: no-cache} gets a fresh answer.
 */
@Component
class AnswerCache implements WebGraphQlInterceptor {

	private final CatalogueGeneration generation;

	private final AnswerCacheProperties properties;

	private final Cache<Key, ExecutionResult> answers;

	/** Whether a document's operation (by name) is a query: parsed once per document. */
	private final Cache<List<String>, Boolean> queries = Caffeine.newBuilder().maximumSize(1_000).build();

	AnswerCache(CatalogueGeneration generation, AnswerCacheProperties properties) {
		this.generation = generation;
		this.properties = properties;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxWeight())
			.weigher((Key key, ExecutionResult result) -> key.weight() + weight(result.getData()))
			.expireAfterWrite(properties.timeToLive())
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!properties.enabled() || !anonymous(request.getHeaders()) || !isQuery(request)) {
			return chain.next(request);
		}
		String current;
		try {
			current = generation.ofViews();
		}
		catch (RuntimeException ex) {
			// no generation known yet, or the in-memory views lag behind it: answered
			// as without the cache, and not kept
			return chain.next(request);
		}
		Key key = new Key(current, request.getDocument(), request.getOperationName(), request.getVariables(),
				request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
		if (!noCache(request.getHeaders())) {
			ExecutionResult kept = answers.getIfPresent(key);
			if (kept != null) {
				return Mono.just(
						new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), kept)));
			}
		}
		return chain.next(request).doOnNext(response -> {
			if (response.isValid() && response.getErrors().isEmpty()) {
				// within one generation a question has one answer: a fresh one (no-cache)
				// for a question already kept is not weighed and stored again
				answers.asMap().putIfAbsent(key, response.getExecutionResult());
			}
		});
	}

	private static boolean anonymous(HttpHeaders headers) {
		return !headers.containsKey(HttpHeaders.AUTHORIZATION) && !headers.containsKey("X-API-Key");
	}

	private static boolean noCache(HttpHeaders headers) {
		String control = headers.getCacheControl();
		return control != null && control.contains("no-cache");
	}

	private boolean isQuery(WebGraphQlRequest request) {
		List<String> key = java.util.Arrays.asList(request.getDocument(), request.getOperationName());
		return queries.get(key, k -> {
			try {
				Document document = Parser.parse(request.getDocument());
				List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
				return operations.stream()
					.filter(op -> request.getOperationName() == null || request.getOperationName().equals(op.getName()))
					.findFirst()
					.map(op -> op.getOperation() == OperationDefinition.Operation.QUERY)
					.orElse(false);
			}
			catch (InvalidSyntaxException ex) {
				return false;
			}
		});
	}

	/** Roughly the characters an answer holds. */
	private static int weight(Object value) {
		if (value instanceof Map<?, ?> map) {
			int sum = 16;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				sum += String.valueOf(entry.getKey()).length() + weight(entry.getValue());
			}
			return sum;
		}
		if (value instanceof List<?> list) {
			int sum = 16;
			for (Object element : list) {
				sum += weight(element);
			}
			return sum;
		}
		return value == null ? 4 : String.valueOf(value).length() + 8;
	}

	/**
	 * The question: the same document, operation, variables and language in the same
	 * catalogue generation.
	 */
	private record Key(String generation, String document, String operationName, Map<String, Object> variables,
			String acceptLanguage) {

		int weight() {
			return document.length() + Objects.toString(variables, "").length() + 64;
		}

	}

}
