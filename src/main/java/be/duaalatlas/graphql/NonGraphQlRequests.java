package be.duaalatlas.graphql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Requests to the GraphQL path that are no GraphQL request get a 4xx in the GraphQL error
 * shape (see {@link HttpErrors}): another method than POST (405), a body that is not JSON
 * (415), and a JSON body that is not a request object, such as {@code null} (400, where
 * Spring for GraphQL would fail with a NullPointerException).
 */
@Configuration(proxyBeanMethods = false)
class NonGraphQlRequests {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> nonGraphQlRequestAnswers(GraphQlProperties properties) {
		String path = properties.getPath();
		RequestPredicate notPost = request -> request.method() != HttpMethod.POST
				&& request.method() != HttpMethod.OPTIONS;
		RequestPredicate notJson = request -> request.method() == HttpMethod.POST
				&& !isJson(request.headers().contentType().orElse(null));
		return RouterFunctions.route()
			.route(RequestPredicates.path(path).and(notPost), request -> answer(HttpStatus.METHOD_NOT_ALLOWED))
			.route(RequestPredicates.path(path).and(notJson), request -> answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
			.build();
	}

	private static boolean isJson(MediaType type) {
		return type != null
				&& (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"));
	}

	private static ServerResponse answer(HttpStatus status) {
		return ServerResponse.status(status)
			.header(HttpHeaders.ALLOW, HttpMethod.POST.name())
			.contentType(MediaType.APPLICATION_JSON)
			.body(HttpErrors.body(status));
	}

	/**
	 * A JSON body that is no request object fails while Spring for GraphQL builds the
	 * request: a 400, not a 500.
	 */
	@Bean
	HandlerExceptionResolver unreadableGraphQlRequests() {
		return new UnreadableRequestResolver();
	}

	private static final class UnreadableRequestResolver implements HandlerExceptionResolver, Ordered {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!isRequestConstruction(ex)) {
				return null;
			}
			try {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			catch (java.io.IOException io) {
				return null;
			}
			return new ModelAndView();
		}

		private static boolean isRequestConstruction(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				StackTraceElement[] frames = cause.getStackTrace();
				if ((cause instanceof NullPointerException || cause instanceof IllegalArgumentException
						|| cause instanceof IllegalStateException) && frames.length > 0
						&& (frames[0].getClassName().startsWith("org.springframework.graphql.server.")
								|| frames[0].getClassName().startsWith("org.springframework.util.Assert"))) {
					return true;
				}
			}
			return false;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
