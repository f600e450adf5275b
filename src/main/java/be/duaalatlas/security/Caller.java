package be.duaalatlas.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the token's subject, the organisation it acts for and its rights.
 * Anonymous callers have none.
 *
 * @param organisation an enterprise number (a company), an establishment number (a sole
 * trader) or a stakeholder key (a partnership, provider, editor's department)
 */
public record Caller(String subject, String organisation, Set<Right> rights) {

	/** The caller behind a request's authentication; empty when anonymous. */
	public static Optional<Caller> of(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			Set<Right> rights = EnumSet.noneOf(Right.class);
			token.getAuthorities().forEach(a -> Tokens.right(a.getAuthority()).ifPresent(rights::add));
			return Optional.of(new Caller(token.getToken().getSubject(),
					token.getToken().getClaimAsString(Tokens.ORGANISATION), Set.copyOf(rights)));
		}
		return Optional.empty();
	}

	public boolean has(Right right) {
		return rights.contains(right);
	}

	/**
	 * Acts for this organisation (exactly; organisation ids are compared as the register
	 * writes them).
	 */
	public boolean actsFor(String organisationId) {
		return organisation != null && organisation.equals(organisationId);
	}

}
