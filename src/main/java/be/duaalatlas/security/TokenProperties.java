package be.duaalatlas.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a bearer token must satisfy beyond signature, issuer and audience, and where its
 * organisation and rights are (docs/identity.md).
 *
 * @param maxTokenLifetime the longest a token may be valid: from its {@code iat} (or from
 * now, when it has none or names a time to come) to its {@code exp}, which it must have.
 * A stolen token is good for at most this long; 24 hours leaves room for identity
 * providers that issue day-long access tokens
 * @param claims the names of the claims that hold the organisation and the rights, when
 * the identity provider's differ from {@code org} and {@code rights}
 * @param providerTimeout how long a call to the identity provider (its discovery
 * document, its key set) may take, connecting and reading each; a token that needs a call
 * the provider does not answer in time gets {@code AUTHENTICATION_UNAVAILABLE}
 */
@ConfigurationProperties("atlas.security")
public record TokenProperties(@DefaultValue(TokenProperties.DEFAULT_MAX_TOKEN_LIFETIME) Duration maxTokenLifetime,
		@DefaultValue Claims claims, @DefaultValue("3s") Duration providerTimeout) {

	/** The default of {@code atlas.security.max-token-lifetime}. */
	static final String DEFAULT_MAX_TOKEN_LIFETIME = "24h";

	/**
	 * The provider's names of the two claims the service reads.
	 *
	 * @param organisation the claim naming the organisation the caller acts for (a
	 * string)
	 * @param rights the claim listing its rights ({@link Right} names: a JSON array of
	 * strings, or one string of names separated by spaces or commas)
	 */
	public record Claims(@DefaultValue(Tokens.ORGANISATION) String organisation,
			@DefaultValue(Tokens.RIGHTS) String rights) {

	}

}
