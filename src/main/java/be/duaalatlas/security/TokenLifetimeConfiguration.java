package be.duaalatlas.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The token lifetime check ({@link Tokens#lifetime}) as a bean: Spring Boot adds every
 * {@code OAuth2TokenValidator<Jwt>} bean to the decoder it configures for a real identity
 * provider (next to its issuer and audience checks), and {@link DevTokenConfiguration}
 * does the same for dev tokens, so both refuse a token without {@code exp} or valid for
 * longer than {@code atlas.security.max-token-lifetime}.
 */
@Configuration(proxyBeanMethods = false)
class TokenLifetimeConfiguration {

	@Bean
	OAuth2TokenValidator<Jwt> tokenLifetime(TokenProperties properties) {
		return Tokens.lifetime(properties.maxTokenLifetime(), Clock.systemUTC());
	}

}
