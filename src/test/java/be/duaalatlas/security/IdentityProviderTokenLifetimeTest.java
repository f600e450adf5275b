package be.duaalatlas.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * In production the decoder is Spring Boot's, configured for the identity provider: it
 * applies the token lifetime check too (as a validator bean), so a token valid for ten
 * years or without expiry is refused there as with dev tokens
 * ({@code TokenLifetimeTest}).
 */
class IdentityProviderTokenLifetimeTest {

	static final String IDP = "https://login.example.be";

	@TempDir
	Path keys;

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TokenProperties.class)
	static class Properties {

	}

	@Test
	void bootsDecoderForAnIdentityProviderRefusesLongLivedTokens() {
		DevKeys idp = DevKeys.loadOrCreate(keys);
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class))
			.withUserConfiguration(Properties.class, TokenLifetimeConfiguration.class)
			.withPropertyValues(
					"spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
							+ keys.resolve(DevKeys.PUBLIC),
					"spring.security.oauth2.resourceserver.jwt.audiences[0]=" + TestTokens.AUDIENCE)
			.run(context -> {
				JwtDecoder decoder = context.getBean(JwtDecoder.class);
				Instant now = Instant.now();
				assertThat(decoder.decode(token(idp, now, Duration.ofHours(1))).getSubject()).isEqualTo("someone");
				assertThatExceptionOfType(JwtValidationException.class)
					.isThrownBy(() -> decoder.decode(token(idp, now, Duration.ofDays(3653))))
					.withMessageContaining("longer than the PT24H");
			});
	}

	private static String token(DevKeys keys, Instant issuedAt, Duration lifetime) {
		return Tokens.mint(keys, IDP, TestTokens.AUDIENCE, "someone", "operations", Set.of(Right.MANAGEMENT), issuedAt,
				issuedAt.plus(lifetime));
	}

}
