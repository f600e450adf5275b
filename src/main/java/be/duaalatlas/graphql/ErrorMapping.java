package be.duaalatlas.graphql;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.transport.TransportException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into typed GraphQL errors with a readable message and, for arguments,
 * the argument's name in {@code extensions.argument}. Never a stack trace; an unreachable
 * engine is SEARCH_UNAVAILABLE.
 */
@Component
class ErrorMapping extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

	private final Counter conflicts;

	private final Counter writeBudget;

	ErrorMapping(MeterRegistry meters) {
		this.conflicts = Counter.builder("atlas.writes.conflicts")
			.description("writes answered CONFLICT: a version no longer current, or a key that exists")
			.register(meters);
		this.writeBudget = Refusals.counter(meters, "publicWriteBudget");
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadArgumentException bad) {
			log.debug("BAD_REQUEST at {} ({}): {}", env.getExecutionStepInfo().getPath(), bad.argument(),
					bad.getMessage());
			return error(env, ErrorType.BAD_REQUEST, bad.getMessage(), bad.argument());
		}
		if (ex instanceof RefusedException refused) {
			if (refused.classification() == WriteErrorType.CONFLICT) {
				conflicts.increment();
			}
			else if (refused.classification() == WriteErrorType.RATE_LIMITED) {
				writeBudget.increment();
			}
			return error(env, refused.classification(), refused.getMessage(), refused.argument());
		}
		if (ex instanceof NotFoundException missing) {
			return error(env, ErrorType.NOT_FOUND, missing.getMessage(), missing.argument());
		}
		if (isEngineUnavailable(ex)) {
			log.warn("Search engine unavailable for {}: {}", env.getExecutionStepInfo().getPath(), ex.toString());
			return GraphqlErrorBuilder.newError(env)
				.errorType(SearchErrorType.SEARCH_UNAVAILABLE)
				.message("The catalogue's search engine is unavailable right now; try again in a moment.")
				.build();
		}
		log.error("Unexpected error at {}", env.getExecutionStepInfo().getPath(), ex);
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
			String argument) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (argument != null) {
			extensions.put("argument", argument);
		}
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

	static boolean isEngineUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			// any I/O failure of the engine client (a reset connection of an engine that
			// died mid-request too)
			if ((cause instanceof java.io.IOException
					&& !(cause instanceof com.fasterxml.jackson.core.JacksonException))
					|| cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof TransportException || cause instanceof java.net.http.HttpTimeoutException
					|| cause.getClass().getName().startsWith("org.apache.http.conn")
					// the request timed out and its engine call was interrupted
					|| cause instanceof InterruptedException) {
				return true;
			}
			// a kind whose index is not there (yet): the catalogue is not available,
			// nothing the client did
			if (cause instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException engine
					&& engine.status() == 404 && engine.error() != null
					&& "index_not_found_exception".equals(engine.error().type())) {
				return true;
			}
		}
		return false;
	}

}
