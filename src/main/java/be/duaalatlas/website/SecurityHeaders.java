package be.duaalatlas.website;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protections on every answer, set before anything else can answer (public
 * GraphQL reads pass Spring Security's chain by, so its header writers would not reach
 * them): no MIME sniffing, no {@code Referer} to the schools' and companies' sites a
 * pupil follows, and a Content-Security-Policy by which a page runs only the scripts
 * bundled into {@code /assets/}, never an inline or injected script, and talks only to
 * this service. The explorer's GraphiQL writes inline styles (its bundled React
 * components add {@code <style>} elements), so its pages allow inline styles; the
 * website's do not.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

	static final String WEBSITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String EXPLORER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "no-referrer");
			// any other spelling of the explorer's path gets the stricter policy
			boolean explorer = request.getRequestURI().startsWith(request.getContextPath() + "/explorer");
			response.setHeader("Content-Security-Policy", explorer ? EXPLORER_POLICY : WEBSITE_POLICY);
			chain.doFilter(request, response);
		}

	}

}
