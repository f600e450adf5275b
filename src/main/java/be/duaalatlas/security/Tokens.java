package be.duaalatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The token model: a signed JWT whose {@code org} claim names the organisation the caller
 * acts for and whose {@code rights} claim lists {@link Right} names (under other names
 * where the identity provider's differ: {@link TokenProperties.Claims}). Signature,
 * issuer, audience and expiry (with a minute of clock skew) are checked by Spring Boot's
 * decoder for {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} and
 * {@code audiences}; a token must expire, and within
 * {@code atlas.security.max-token-lifetime} ({@link #lifetime}).
 */
public final class Tokens {

	public static final String ORGANISATION = "org";

	public static final String RIGHTS = "rights";

	/** As Spring Security's expiry check allows. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private Tokens() {
	}

	/**
	 * A token's rights become authorities named as the {@link Right}s (unknown names are
	 * ignored), and its organisation and rights are read from the claims {@code names}
	 * gives, then kept under {@code org} and {@code rights}, where {@link Caller} reads
	 * them.
	 */
	static Converter<Jwt, AbstractAuthenticationToken> authentication(TokenProperties.Claims names) {
		return jwt -> {
			List<String> rights = names(jwt.getClaim(names.rights()));
			Object organisation = jwt.getClaim(names.organisation());
			Jwt normalised = Jwt.withTokenValue(jwt.getTokenValue())
				.headers(headers -> headers.putAll(jwt.getHeaders()))
				.claims(claims -> {
					claims.putAll(jwt.getClaims());
					claims.remove(ORGANISATION);
					if (organisation != null) {
						claims.put(ORGANISATION, organisation.toString());
					}
					claims.put(RIGHTS, rights);
				})
				.build();
			List<GrantedAuthority> authorities = rights.stream()
				.filter(name -> right(name).isPresent())
				.map(name -> (GrantedAuthority) new SimpleGrantedAuthority(name))
				.toList();
			return new JwtAuthenticationToken(normalised, authorities, jwt.getSubject());
		};
	}

	/**
	 * A rights claim as names: a JSON array, or one string separated by spaces or commas
	 * (as {@code scope} is).
	 */
	private static List<String> names(Object claim) {
		if (claim instanceof Collection<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String text) {
			return Arrays.stream(text.split("[\\s,]+")).filter(name -> !name.isEmpty()).toList();
		}
		return List.of();
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

}
