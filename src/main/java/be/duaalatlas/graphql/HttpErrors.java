package be.duaalatlas.graphql;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers that never reach GraphQL (a body that is not a GraphQL request, GET or a form
 * post on /graphql, an unknown path) in the GraphQL error shape (error dispatches are
 * answered by {@link HttpRefusals} before they get here; {@code /error} asked for by name
 * is a 404), {@code {"errors":[{"message":..,"extensions":{"classification":..}}]}}, with
 * their HTTP status; never Spring's own error JSON, a stack trace or the request echoed
 * back.
 */
@RestController
class HttpErrors implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(status));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// asked for by name, not an error dispatch: there is nothing here
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/**
	 * The body of an error answer in the GraphQL shape, for answers made outside this
	 * controller.
	 */
	static Map<String, Object> body(HttpStatus status) {
		return HttpErrorBody.of(status, message(status));
	}

	private static String message(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is not a GraphQL request: POST a JSON object with 'query' (and optional "
					+ "'variables' and 'operationName') to /graphql with Content-Type application/json.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here: POST a JSON object with 'query' to /graphql.";
			case UNSUPPORTED_MEDIA_TYPE ->
				"The body must be JSON: send a valid Content-Type application/json (charset utf-8 if any).";
			case NOT_ACCEPTABLE -> "The answer is JSON: accept application/json or application/graphql-response+json.";
			case NOT_FOUND -> "Nothing here: the API is POST /graphql.";
			case PAYLOAD_TOO_LARGE -> "The request body is too large for a GraphQL request.";
			case REQUEST_TIMEOUT -> "The request did not arrive in time: its body was shorter than its Content-Length?";
			case UNAUTHORIZED -> "Authentication is needed for this.";
			case FORBIDDEN -> "Not allowed.";
			case TOO_MANY_REQUESTS -> "Too many requests; try again later.";
			default -> status.is4xxClientError() ? "The request cannot be answered (HTTP " + status.value() + ")."
					: "The service failed to answer; try again in a moment.";
		};
	}

}
