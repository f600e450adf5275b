package be.duaalatlas.graphql;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Every refusal in the GraphQL error shape ({@link HttpErrors#body}), whoever refuses:
 * <ul>
 * <li>an error dispatch (Tomcat refusing TRACE, a {@code sendError} anywhere) is answered
 * here, before Spring Security and Spring MVC see the request again: they would judge the
 * same bad method or header once more and leave the answer empty;</li>
 * <li>a 4xx or 5xx that its handler left without a body (an actuator endpoint's 404) gets
 * the body of its status.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpRefusals {

	@Bean
	FilterRegistrationBean<Filter> refusalBodies(ObjectMapper json) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RefusalBodies(json));
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		// right after the security headers, before CORS, Spring Security and the rate
		// limiter
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	private static final class RefusalBodies implements Filter {

		private final ObjectMapper json;

		RefusalBodies(ObjectMapper json) {
			this.json = json;
		}

		@Override
		public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
				throws IOException, ServletException {
			HttpServletRequest request = (HttpServletRequest) req;
			HttpServletResponse response = (HttpServletResponse) res;
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
				HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
				write(response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
				return;
			}
			BodyWatch watched = new BodyWatch(response);
			chain.doFilter(request, watched);
			HttpStatus status = HttpStatus.resolve(response.getStatus());
			if (status != null && status.isError() && !request.isAsyncStarted() && !watched.written
					&& !response.isCommitted() && !"HEAD".equals(request.getMethod())) {
				write(response, status);
			}
		}

		private void write(HttpServletResponse response, HttpStatus status) throws IOException {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), HttpErrors.body(status));
		}

	}

	/**
	 * Knows whether the handler wrote a body or had Tomcat write an error page
	 * ({@code sendError}).
	 */
	private static final class BodyWatch extends HttpServletResponseWrapper {

		private boolean written;

		BodyWatch(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.written = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.written = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.written = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.written = true;
			super.sendError(sc, msg);
		}

	}

}
