package be.duaalatlas.graphql;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * No error message is longer than {@code atlas.limits.max-error-message-length}: messages
 * that quote the input (ours and graphql-java's validation messages alike) quote at most
 * a prefix of it, so a megabyte of input never comes back as a megabyte of error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoundedErrorMessages implements WebGraphQlInterceptor {

	private final int maxLength;

	BoundedErrorMessages(LimitsProperties limits) {
		this.maxLength = limits.maxErrorMessageLength();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getErrors().stream().noneMatch(error -> tooLong(error.getMessage()))) {
				return response;
			}
			List<GraphQLError> bounded = response.getErrors().stream().map(this::bounded).toList();
			return response.transform(builder -> builder.errors(bounded));
		});
	}

	private boolean tooLong(String message) {
		return message != null && message.length() > maxLength;
	}

	private GraphQLError bounded(ResponseError error) {
		String message = error.getMessage();
		if (tooLong(message)) {
			message = message.substring(0, maxLength) + "… (cut: " + message.length() + " characters)";
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(message)
			.locations(error.getLocations())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
