package be.duaalatlas.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * One filter chain for the whole service. Every request is allowed through: reads are
 * anonymous, and what a caller may write is decided per mutation from its token
 * ({@link Caller}). A request that carries a bearer token must carry a valid one
 * (signature, expiry, issuer, audience), else it is refused with 401 in the GraphQL error
 * shape. No sessions, no cookies, so no CSRF; CORS comes from the application's
 * {@code CorsConfigurationSource} when there is one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> decoders) throws Exception {
		JwtDecoder decoder = decoders.getIfAvailable(SecurityConfiguration::noIssuerConfigured);
		http.csrf(csrf -> csrf.disable())
			.cors(withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(new GraphQlUnauthorized())
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(Tokens.authentication())));
		return http.build();
	}

	/**
	 * No observation (span and timer) per security filter and per authorization decision:
	 * on an anonymous read they only cost CPU (every request passes the same permit-all
	 * chain); the request itself is still observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Neither an identity provider nor dev tokens configured: reads work, every token is
	 * refused.
	 */
	private static JwtDecoder noIssuerConfigured() {
		return token -> {
			throw new BadJwtException("this service has no token issuer configured "
					+ "(spring.security.oauth2.resourceserver.jwt.issuer-uri)");
		};
	}

}
