package be.duaalatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The token model: a signed JWT whose {@code org} claim names the organisation the caller
 * acts for and whose {@code rights} claim lists {@link Right} names. Issuer and audience
 * are checked (Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * and {@code audiences}), and expiry with a minute of clock skew; a token must expire,
 * and within {@code atlas.security.max-token-lifetime} ({@link #lifetime}).
 */
public final class Tokens {

	public static final String ORGANISATION = "org";

	public static final String RIGHTS = "rights";

	/** As Spring Security's expiry check allows. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private Tokens() {
	}

	/**
	 * A token's rights become authorities named as the {@link Right}s; unknown names are
	 * ignored.
	 */
	static Converter<Jwt, AbstractAuthenticationToken> authentication() {
		return jwt -> {
			List<String> rights = jwt.hasClaim(RIGHTS) ? jwt.getClaimAsStringList(RIGHTS) : List.of();
			List<GrantedAuthority> authorities = rights.stream()
				.filter(name -> right(name).isPresent())
				.map(name -> (GrantedAuthority) new SimpleGrantedAuthority(name))
				.toList();
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		};
	}

	static Optional<Right> right(String name) {
		try {
			return Optional.of(Right.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Expiry, issuer and audience: what every accepted token must satisfy (the same as
	 * Boot applies).
	 */
	static OAuth2TokenValidator<Jwt> validator(String issuer, Collection<String> audiences) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				aud -> aud != null && !Collections.disjoint(aud, audiences));
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience);
	}

	/**
	 * A token must have an {@code exp} (Spring Security's own check lets a token without
	 * one live forever), and be valid for at most {@code max}: from its {@code iat}, or
	 * from now when it has none or one to come (so a future {@code iat} does not stretch
	 * it), with a minute of clock skew.
	 */
	static OAuth2TokenValidator<Jwt> lifetime(Duration max, Clock clock) {
		return jwt -> {
			Instant expires = jwt.getExpiresAt();
			if (expires == null) {
				return refused("the token has no expiry (exp); tokens must expire within " + max);
			}
			Instant now = clock.instant();
			Instant issued = jwt.getIssuedAt();
			boolean fromIssued = issued != null && !issued.isAfter(now);
			Duration lifetime = Duration.between(fromIssued ? issued : now, expires);
			if (lifetime.compareTo(max.plus(CLOCK_SKEW)) > 0) {
				return refused("the token is valid for " + lifetime + " (exp - " + (fromIssued ? "iat" : "now")
						+ "), longer than the " + max + " this service accepts");
			}
			return OAuth2TokenValidatorResult.success();
		};
	}

	private static OAuth2TokenValidatorResult refused(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

	/**
	 * A signed token, as an identity provider would issue it; for the dev key pair and
	 * for tests.
	 */
	public static String mint(DevKeys keys, String issuer, String audience, String subject, String organisation,
			Collection<Right> rights, Instant issuedAt, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.audience(audience)
			.subject(subject)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(java.util.Date.from(issuedAt))
			.expirationTime(java.util.Date.from(expiresAt))
			.claim(ORGANISATION, organisation)
			.claim(RIGHTS, rights.stream().map(Right::name).toList())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(keys.privateKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token with the dev key", ex);
		}
		return jwt.serialize();
	}

}
