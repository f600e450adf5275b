package be.duaalatlas.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The one shape of an HTTP error answer, GraphQL's:
 * {@code {"errors":[{"message":..,"extensions":{"classification":..,"status":..,"requestId":..}}]}},
 * for answers made outside GraphQL ({@link HttpErrors}, the open-data export).
 */
public final class HttpErrorBody {

	private HttpErrorBody() {
	}

	public static Map<String, Object> of(HttpStatus status, String message) {
		return of(status, classification(status), message);
	}

	/** With a classification of its own, e.g. {@code SEARCH_UNAVAILABLE} for a 503. */
	public static Map<String, Object> of(HttpStatus status, String classification, String message) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification);
		extensions.put("status", status.value());
		// a refusal Tomcat makes before any filter ran has none
		String requestId = RequestIds.current();
		if (requestId != null) {
			extensions.put("requestId", requestId);
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		return Map.of("errors", List.of(error));
	}

	private static String classification(HttpStatus status) {
		return switch (status) {
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			case NOT_FOUND -> "NOT_FOUND";
			case TOO_MANY_REQUESTS -> "RATE_LIMITED";
			default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
		};
	}

}
