package be.duaalatlas.security;

import java.io.IOException;
import java.util.EnumSet;
import java.util.stream.Collectors;

import be.duaalatlas.graphql.GraphQlPath;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * One filter chain for the whole service. Every request but the metrics' (the MANAGEMENT
 * right) is allowed through: reads are anonymous, and what a caller may write is decided
 * per mutation from its token ({@link Caller}). A request that carries a bearer token
 * must carry a valid one (signature, expiry, issuer, audience), else it is refused with
 * 401 in the GraphQL error shape; when the identity provider cannot be reached to check
 * it, 503 {@code AUTHENTICATION_UNAVAILABLE} ({@link IdentityProvider}). No sessions, no
 * cookies, so no CSRF; CORS is answered before the chain, for every request
 * ({@code CorsFromConfiguration}).
 * <p>
 * A GraphQL request without an {@code Authorization} header (every public read) does not
 * pass the chain at all ({@link #securityFilterChainRegistration}): there is nothing in
 * it to check, yet the chain ran twice for it (once more for the asynchronous answer's
 * dispatch), each time with Spring MVC's handler lookup that Spring Security caches per
 * request, which made a cheap anonymous read about a tenth dearer than before the portal.
 * A mutation without a token sees no principal and answers UNAUTHORIZED itself, audited.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> decoders, TokenProperties tokens)
			throws Exception {
		JwtDecoder decoder = IdentityProvider
			.unavailableAsServiceError(decoders.getIfAvailable(SecurityConfiguration::noIssuerConfigured));
		GraphQlUnauthorized refusal = new GraphQlUnauthorized();
		http.csrf(csrf -> csrf.disable())
			.cors(cors -> cors.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			// the metrics are for operators only (docs/metrics.md); everything else is
			// decided per request or per mutation
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("prometheus"))
				.hasAuthority(Right.MANAGEMENT.name())
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(refusal)
				// a provider that cannot be reached is answered too (503), not rethrown
				// as a
				// fault of the service
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(refusal::commence);
						return filter;
					}
				})
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(Tokens.authentication(tokens.claims()))));
		return http.build();
	}

	/**
	 * Registers Spring Security's filter as Spring Boot does (its own registration is
	 * excluded in {@code DuaalAtlasApplication}), at the same order and dispatcher types,
	 * but a GraphQL request without credentials passes it by.
	 */
	@Bean
	DelegatingFilterProxyRegistrationBean securityFilterChainRegistration(SecurityProperties properties,
			GraphQlPath graphQl) {
		AnonymousGraphQlBypass registration = new AnonymousGraphQlBypass(graphQl);
		registration.setOrder(properties.getFilter().getOrder());
		registration.setDispatcherTypes(properties.getFilter()
			.getDispatcherTypes()
			.stream()
			.map(type -> DispatcherType.valueOf(type.name()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DispatcherType.class))));
		return registration;
	}

	/**
	 * Spring Security's chain ({@code springSecurityFilterChain}) for every request but a
	 * GraphQL request without an {@code Authorization} header.
	 */
	static final class AnonymousGraphQlBypass extends DelegatingFilterProxyRegistrationBean {

		private final GraphQlPath graphQlPath;

		private WebApplicationContext context;

		AnonymousGraphQlBypass(GraphQlPath graphQlPath) {
			super(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME);
			this.graphQlPath = graphQlPath;
		}

		@Override
		public void setApplicationContext(ApplicationContext context) {
			super.setApplicationContext(context);
			this.context = (WebApplicationContext) context;
		}

		@Override
		public DelegatingFilterProxy getFilter() {
			return new DelegatingFilterProxy(getTargetBeanName(), this.context) {

				@Override
				protected void initFilterBean() {
					// as Spring Boot's registration: the chain is looked up on first use
				}

				@Override
				public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
						throws ServletException, IOException {
					if (request instanceof HttpServletRequest http && http.getHeader(HttpHeaders.AUTHORIZATION) == null
							&& graphQlPath.matches(http)) {
						chain.doFilter(request, response);
					}
					else {
						super.doFilter(request, response, chain);
					}
				}

			};
		}

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
	 * No identity provider configured: reads work, every token is refused.
	 */
	private static JwtDecoder noIssuerConfigured() {
		return token -> {
			throw new BadJwtException("this service has no token issuer configured "
					+ "(spring.security.oauth2.resourceserver.jwt.issuer-uri)");
		};
	}

}
