package be.duaalatlas.graphql;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's custom scalars. {@code Date} is an RFC 3339 full date
 * ({@code 2026-09-01}); documents keep dates as ISO strings, which the scalar checks on
 * the way out.
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

}
