package be.duaalatlas.graphql;

import java.util.Map;

import be.duaalatlas.index.CatalogueGeneration;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

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

	private final Cache<Key, Kept> answers;

	/** The most one answer may weigh to be kept: a hundredth of them all. */
	private final long maxEntryBytes;

	AnswerCache(CatalogueGeneration generation, AnswerCacheProperties properties, MeterRegistry meters) {
		this.generation = generation;
		this.properties = properties;
		this.maxEntryBytes = properties.maxWeight().toBytes() / 100;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxWeight().toBytes())
			.weigher((Key key, Kept kept) -> kept.bytes())
			.expireAfterWrite(properties.timeToLive())
			.recordStats()
			.build();
		// cache.gets{cache="answers",result="hit"|"miss"} and the rest: the hit ratio
		// (docs/metrics.md)
		CaffeineCacheMetrics.monitor(meters, answers, "answers");
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!properties.enabled() || !anonymous(request.getHeaders())) {
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
		// the extensions too: a persisted query's hash says which document runs, whatever
		// the query sent with it
		Key key = new Key(current, request.getDocument(), request.getOperationName(), request.getVariables(),
				request.getExtensions(), request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
		if (!noCache(request.getHeaders())) {
			Kept kept = answers.getIfPresent(key);
			if (kept != null) {
				return Mono.just(new WebGraphQlResponse(
						new DefaultExecutionGraphQlResponse(request.toExecutionInput(), kept.result())));
			}
		}
		// whether it was a query is known once graphql-java has run it: nothing is kept
		// of a
		// document that did not validate, nor of a mutation
		OperationFacts facts = OperationFacts.of(request);
		return chain.next(request).doOnNext(response -> {
			if (facts.executedQuery() && response.isValid() && response.getErrors().isEmpty()
					&& !answers.asMap().containsKey(key)) {
				// within one generation a question has one answer: a fresh one (no-cache)
				// for a question already kept is not weighed and stored again
				long bytes = key.bytes() + HeapEstimate.of(response.getExecutionResult().getData())
						+ HeapEstimate.of(response.getExecutionResult().getExtensions());
				if (bytes <= maxEntryBytes) {
					answers.asMap().putIfAbsent(key, new Kept(response.getExecutionResult(), (int) bytes));
				}
			}
		});
	}

	/** An answer and its weight, weighed once. */
	private record Kept(ExecutionResult result, int bytes) {
	}

	private static boolean anonymous(HttpHeaders headers) {
		return !headers.containsKey(HttpHeaders.AUTHORIZATION) && !headers.containsKey("X-API-Key");
	}

	private static boolean noCache(HttpHeaders headers) {
		String control = headers.getCacheControl();
		return control != null && control.contains("no-cache");
	}

	/**
	 * The question: the same document, operation, variables and language in the same
	 * catalogue generation.
	 */
	private record Key(String generation, String document, String operationName, Map<String, Object> variables,
			Map<String, Object> extensions, String acceptLanguage) {

		long bytes() {
			return 64 + HeapEstimate.of(generation) + HeapEstimate.of(document) + HeapEstimate.of(operationName)
					+ HeapEstimate.of(variables) + HeapEstimate.of(extensions) + HeapEstimate.of(acceptLanguage);
		}

	}

}
