package be.duaalatlas.graphql;

import java.io.IOException;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A request id for every HTTP request, so that a partner can quote it and an operator can
 * find that request's log lines: the caller's {@code X-Request-Id} when it is a short
 * safe token (it may come from a proxy or the partner's own logs), else a new one. It is
 * in the MDC ({@value #MDC_KEY}) of every log line of the request, echoed in the response
 * header, and in every error's {@code extensions.requestId} ({@link ErrorRequestIds},
 * {@link HttpErrors#body}). GraphQL requests run off the servlet thread: the MDC key is
 * registered with Micrometer's context propagation, which Spring for GraphQL and Reactor
 * ({@code spring.reactor.context-propagation=auto}) use to carry it along.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestIds {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	/**
	 * What is taken from a caller as it is: short, and nothing that could forge a log
	 * line or a header.
	 */
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final String ATTRIBUTE = RequestIds.class.getName();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(MDC_KEY));
	}

	/** The request id of the request being answered on this thread, or null. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	@Bean
	FilterRegistrationBean<Filter> requestIdFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(RequestIds::filter);
		// every dispatch of the request (the asynchronous answer's and error pages too)
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		// first of all, so that every filter's log lines and refusals have it
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static void filter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = accepted(request.getHeader(HEADER));
			request.setAttribute(ATTRIBUTE, id);
			((HttpServletResponse) res).setHeader(HEADER, id);
		}
		String before = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(req, res);
		}
		finally {
			if (before == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, before);
			}
		}
	}

	static String accepted(String given) {
		return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}

}
