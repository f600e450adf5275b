package be.duaalatlas.graphql;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.server.ServerWebInputException;

/**
 * Requests to the GraphQL path that are no GraphQL request get a 4xx in the GraphQL error
 * shape (see {@link HttpErrors}): another method than POST (405), a body that is not JSON
 * or a malformed {@code Content-Type} (415), an {@code Accept} that allows no JSON answer
 * (406), and a JSON body that is not a request object, such as {@code null} (400, where
 * Spring for GraphQL would fail with a NullPointerException).
 */
@Configuration(proxyBeanMethods = false)
class NonGraphQlRequests {

	/**
	 * What the GraphQL handler reads: JSON (Spring for GraphQL would also route
	 * {@code application/graphql}, which its JSON reader cannot read).
	 */
	private static final MediaType READABLE = MediaType.APPLICATION_JSON;

	/** What the GraphQL handler writes. */
	private static final List<MediaType> WRITABLE = List.of(MediaType.APPLICATION_JSON,
			MediaTypes.APPLICATION_GRAPHQL_RESPONSE);

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> nonGraphQlRequestAnswers(GraphQlProperties properties) {
		String path = properties.getPath();
		RequestPredicate post = request -> request.method() == HttpMethod.POST;
		RequestPredicate notPost = request -> request.method() != HttpMethod.POST
				&& request.method() != HttpMethod.OPTIONS;
		// the headers are read here by hand: Spring's parsing throws on a malformed one,
		// which would be a 500 with a stack trace in the log for a client's typo
		RequestPredicate notJson = request -> !readable(request.servletRequest().getContentType());
		RequestPredicate notAcceptingJson = request -> !acceptsJson(request.headers().header(HttpHeaders.ACCEPT));
		RequestPredicate graphQl = RequestPredicates.path(path);
		return RouterFunctions.route()
			.route(graphQl.and(notPost), request -> answer(HttpStatus.METHOD_NOT_ALLOWED))
			.route(graphQl.and(post).and(notJson), request -> answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
			.route(graphQl.and(post).and(notAcceptingJson), request -> answer(HttpStatus.NOT_ACCEPTABLE))
			.build();
	}

	private static boolean readable(String contentType) {
		MediaType type = parse(contentType);
		return type != null && READABLE.includes(type);
	}

	/**
	 * Whether the {@code Accept} headers allow a JSON answer: no header or any type
	 * compatible with JSON ({@code *}{@code /*} included).
	 */
	private static boolean acceptsJson(List<String> accept) {
		if (accept.isEmpty()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> WRITABLE.stream().anyMatch(type::isCompatibleWith));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static MediaType parse(String type) {
		if (type == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(type);
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	private static ServerResponse answer(HttpStatus status) {
		ServerResponse.BodyBuilder answer = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			answer.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
		}
		else if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
			answer.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		return answer.body(HttpErrors.body(status));
	}

	/**
	 * A JSON body that is no request object fails while Spring for GraphQL builds the
	 * request: a 400, not a 500. A body that did not arrive (shorter than its
	 * {@code Content-Length}, until Tomcat's read timeout) is the client's failure too:
	 * Tomcat answers it 408 itself, so there is nothing more to answer and nothing to log
	 * but one debug line.
	 */
	@Bean
	HandlerExceptionResolver unreadableGraphQlRequests() {
		return new UnreadableRequestResolver();
	}

	private static final class UnreadableRequestResolver implements HandlerExceptionResolver, Ordered {

		private static final Log logger = LogFactory.getLog(NonGraphQlRequests.class);

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			boolean unread = isBodyNotRead(ex);
			if (!unread && !isRequestConstruction(ex)) {
				return null;
			}
			if (unread) {
				logger.debug("The request body could not be read: " + ex);
			}
			if (response.isCommitted()) {
				return new ModelAndView();
			}
			try {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			catch (IOException io) {
				return null;
			}
			return new ModelAndView();
		}

		/** The body's read failed (Spring MVC wraps the IOException once or twice). */
		private static boolean isBodyNotRead(Throwable ex) {
			if (!(ex instanceof ServerWebInputException || ex instanceof HttpMessageNotReadableException)) {
				return false;
			}
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof IOException) {
					return true;
				}
			}
			return false;
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
