package be.duaalatlas.graphql;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.graphql.GraphQlCorsProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Which other origins (the public website's) may call the API from a browser: Spring
 * Boot's typed {@code spring.graphql.cors.*} properties, e.g.
 * {@code spring.graphql.cors.allowed-origins=https://www.example.be}. Spring MVC applies
 * them to the GraphQL path itself; here the same configuration is applied by one servlet
 * filter before every other filter that can answer (Spring Security's, which public reads
 * do not pass, and the rate limiter), so that a website can read a 401 or a
 * {@code RATE_LIMITED} 429 too, and a preflight is answered before any of them. No origin
 * is allowed unless configured: a browser on any other origin gets no CORS header and
 * cannot read the answer.
 */
@Configuration(proxyBeanMethods = false)
// not in the import command, which runs without a web application
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CorsFromConfiguration {

	@Bean
	CorsConfigurationSource corsConfigurationSource(GraphQlCorsProperties cors, GraphQlPath graphQl) {
		CorsConfiguration configured = cors.toCorsConfiguration();
		if (configured == null) {
			return request -> null;
		}
		// as Spring MVC's own CORS registry does: permit defaults (GET, HEAD, POST)
		// combined with the properties; a bare configuration would allow GET and HEAD
		// only, and Spring Security refuses the POST preflight
		CorsConfiguration graphQlOnly = new CorsConfiguration().applyPermitDefaultValues().combine(configured);
		// the GraphQL path as Spring MVC routes it, whatever its spelling
		return request -> graphQl.matches(request) ? graphQlOnly : null;
	}

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(
			@Qualifier("corsConfigurationSource") CorsConfigurationSource source) {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
