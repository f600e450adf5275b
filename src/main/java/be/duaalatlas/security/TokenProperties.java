package be.duaalatlas.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a bearer token must satisfy beyond signature, issuer and audience.
 *
 * @param maxTokenLifetime the longest a token may be valid: from its {@code iat} (or from
 * now, when it has none or names a time to come) to its {@code exp}, which it must have.
 * A stolen token is good for at most this long; 24 hours leaves room for identity
 * providers that issue day-long access tokens
 */
@ConfigurationProperties("atlas.security")
public record TokenProperties(@DefaultValue(TokenProperties.DEFAULT_MAX_TOKEN_LIFETIME) Duration maxTokenLifetime) {

	/** The default of {@code atlas.security.max-token-lifetime}. */
	static final String DEFAULT_MAX_TOKEN_LIFETIME = "24h";

}
