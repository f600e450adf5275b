package be.duaalatlas.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Every GraphQL request answers within {@code atlas.limits.request-timeout}: with the
 * engine hung or slow, the answer is SEARCH_UNAVAILABLE at that time instead of whenever
 * the engine wakes up. The request runs off the servlet thread so that the answer does
 * not wait for a blocked engine call. The engine stops a catalogue search on its own at
 * the same budget (the search's {@code timeout}, set by {@code CatalogueSearch}), so a
 * costly search does not go on after its answer was given, whether the client waited or
 * went away; a call to a hung engine ends at the client's socket timeout. A mutation has
 * {@code atlas.limits.mutation-timeout} instead: a write must not be reported as failed
 * while it may still go through. A timeout of 0 switches it off (the request then runs on
 * the servlet thread, as without this interceptor).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestTimeout implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RequestTimeout.class);

	private final Duration timeout;

	private final Duration mutationTimeout;

	private final long maxCost;

	private final Counter timedOut;

	RequestTimeout(LimitsProperties limits, MeterRegistry meters) {
		this.timedOut = Refusals.counter(meters, "timeout");
		this.maxCost = limits.maxCost();
		this.timeout = limits.requestTimeout();
		this.mutationTimeout = limits.mutationTimeout();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Duration timeout = isMutation(request) ? mutationTimeout : this.timeout;
		if (timeout.isZero()) {
			return chain.next(request);
		}
		OperationFacts facts = OperationFacts.of(request);
		return chain.next(request)
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(timeout)
			.onErrorResume(TimeoutException.class, ex -> {
				timedOut.increment();
				log.warn("GraphQL request {} did not finish within {}; answered SEARCH_UNAVAILABLE", request.getId(),
						timeout);
				return Mono.just(unavailable(request, timeout, facts));
			});
	}

	private static boolean isMutation(WebGraphQlRequest request) {
		if (!request.getDocument().contains("mutation")) {
			return false;
		}
		try {
			return new Parser().parseDocument(request.getDocument())
				.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(operation -> request.getOperationName() == null
						|| request.getOperationName().equals(operation.getName()))
				.anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (RuntimeException invalid) {
			return false;
		}
	}

	private WebGraphQlResponse unavailable(WebGraphQlRequest request, Duration timeout, OperationFacts facts) {
		var error = GraphqlErrorBuilder.newError()
			.errorType(SearchErrorType.SEARCH_UNAVAILABLE)
			.message("The catalogue's search engine did not answer within " + timeout.toMillis()
					+ " ms; try again in a moment.")
			.build();
		var result = ExecutionResultImpl.newExecutionResult().errors(List.of(error));
		QueryCost.Measure measure = facts.measure();
		if (measure != null) {
			result.addExtension("cost", measure.extension(maxCost));
		}
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result.build()));
	}

}
