package be.duaalatlas.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.RequestIds;
import be.duaalatlas.graphql.WriteErrorType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request with a bad bearer token: 401 with the standard {@code WWW-Authenticate}
 * header, and a body in the GraphQL error shape ({@code UNAUTHORIZED}) saying what was
 * wrong with the token (expired, issuer, audience, ...). A token that cannot be checked
 * because the identity provider does not answer: 503 {@code AUTHENTICATION_UNAVAILABLE}
 * with {@code Retry-After}.
 */
class GraphQlUnauthorized implements AuthenticationEntryPoint {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int MAX_REASON = 200;

	private static final String RETRY_AFTER_SECONDS = "5";

	private final BearerTokenAuthenticationEntryPoint header = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		boolean unavailable = failure instanceof AuthenticationServiceException;
		if (unavailable) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		else {
			header.commence(request, response, failure);
		}
		String reason = failure.getMessage() == null ? "invalid token" : failure.getMessage();
		if (reason.length() > MAX_REASON) {
			reason = reason.substring(0, MAX_REASON) + "…";
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification",
				unavailable ? WriteErrorType.AUTHENTICATION_UNAVAILABLE.name() : "UNAUTHORIZED");
		extensions.put("requestId", RequestIds.current());
		String message = unavailable
				? "Authentication is unavailable: the identity provider cannot be reached to check the token (" + reason
						+ "); try again"
				: "The bearer token was refused: " + reason;
		JSON.writeValue(response.getOutputStream(),
				Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
	}

}
