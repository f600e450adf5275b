package be.duaalatlas.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.RequestIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request with a bad bearer token: 401 with the standard {@code WWW-Authenticate}
 * header, and a body in the GraphQL error shape ({@code UNAUTHORIZED}) saying what was
 * wrong with the token (expired, issuer, audience, ...).
 */
class GraphQlUnauthorized implements AuthenticationEntryPoint {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int MAX_REASON = 200;

	private final BearerTokenAuthenticationEntryPoint header = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		header.commence(request, response, failure);
		String reason = failure.getMessage() == null ? "invalid token" : failure.getMessage();
		if (reason.length() > MAX_REASON) {
			reason = reason.substring(0, MAX_REASON) + "…";
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", "UNAUTHORIZED");
		extensions.put("requestId", RequestIds.current());
		JSON.writeValue(response.getOutputStream(), Map.of("errors",
				List.of(Map.of("message", "The bearer token was refused: " + reason, "extensions", extensions))));
	}

}
