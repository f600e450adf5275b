package be.duaalatlas.graphql;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether a request is for the GraphQL endpoint, decided as Spring MVC routes it: the
 * request path decoded and without path parameters ({@code /graph%71l},
 * {@code /graphql;x=1}), matched by the same {@link PathPattern} that Spring for
 * GraphQL's router uses. Every decision made before Spring MVC (rate limits, API keys,
 * the security chain's bypass, CORS) asks this, so that no spelling of the path reaches
 * GraphQL past them.
 */
@Component
public class GraphQlPath {

	private final String path;

	private final PathPattern pattern;

	GraphQlPath(GraphQlProperties properties) {
		this.path = properties.getPath();
		// RequestPredicates.path(String), which Spring for GraphQL's router uses, parses
		// so
		this.pattern = PathPatternParser.defaultInstance.parse(path.startsWith("/") ? path : "/" + path);
	}

	/** Whether Spring MVC would route this request to the GraphQL path. */
	public boolean matches(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		if (uri.length() == contextPath.length() + path.length() && uri.startsWith(contextPath) && uri.endsWith(path)) {
			return true; // the canonical spelling, without parsing
		}
		// as DispatcherServlet parses it (ServletRequestPath, mapped at "/")
		return pattern.matches(RequestPath.parse(uri, contextPath).pathWithinApplication());
	}

}
