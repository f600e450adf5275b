package be.duaalatlas.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Every GraphQL error carries the request's id in {@code extensions.requestId}, whoever
 * made it (graphql-java, the limits, the timeout, a resolver): outermost, so it sees them
 * all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorRequestIds implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// read on the servlet thread, where the filter put it
		String id = RequestIds.current();
		if (id == null) {
			return chain.next(request);
		}
		return chain.next(request).map(response -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getExecutionResult()
				.getErrors()
				.stream()
				.<GraphQLError>map(error -> new WithRequestId(error, id))
				.toList();
			return response.transform(builder -> builder.errors(errors));
		});
	}

	/** The error as it was, with {@code extensions.requestId}. */
	private record WithRequestId(GraphQLError error, String requestId) implements GraphQLError {

		@Override
		public String getMessage() {
			return error.getMessage();
		}

		@Override
		public List<SourceLocation> getLocations() {
			return error.getLocations();
		}

		@Override
		public ErrorClassification getErrorType() {
			return error.getErrorType();
		}

		@Override
		public List<Object> getPath() {
			return error.getPath();
		}

		@Override
		public Map<String, Object> getExtensions() {
			return withId(error.getExtensions());
		}

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, Object> toSpecification() {
			Map<String, Object> specification = new LinkedHashMap<>(error.toSpecification());
			specification.put("extensions", withId((Map<String, Object>) specification.get("extensions")));
			return specification;
		}

		private Map<String, Object> withId(Map<String, Object> extensions) {
			Map<String, Object> with = (extensions != null) ? new LinkedHashMap<>(extensions) : new LinkedHashMap<>();
			with.put("requestId", requestId);
			return with;
		}

	}

}
