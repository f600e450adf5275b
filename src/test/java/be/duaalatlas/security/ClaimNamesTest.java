package be.duaalatlas.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation and the rights are read from the claims
 * {@code atlas.security.claims.*} names: {@code org} and {@code rights} by default, or
 * the identity provider's own names; rights as an array or as one string separated by
 * spaces or commas; unknown right names ignored. What the service then sees is the same
 * {@link Caller}.
 */
class ClaimNamesTest {

	private static Jwt token(Map<String, Object> claims) {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("someone")
			.issuedAt(Instant.now())
			.claims(all -> all.putAll(claims))
			.build();
	}

	private static Caller caller(TokenProperties.Claims names, Map<String, Object> claims) {
		Authentication authentication = Tokens.authentication(names).convert(token(claims));
		return Caller.of(authentication).orElseThrow();
	}

	@Test
	void theDefaultNames() {
		Caller caller = caller(new TokenProperties.Claims("org", "rights"),
				Map.of("org", "0400.003.254", "rights", List.of("WORKPLACES", "SOMETHING_ELSE")));
		assertThat(caller.organisation()).isEqualTo("0400.003.254");
		assertThat(caller.rights()).isEqualTo(Set.of(Right.WORKPLACES));
	}

	@Test
	void theProvidersOwnNamesWithRightsAsOneString() {
		TokenProperties.Claims names = new TokenProperties.Claims("organisation_id", "duaal_atlas_rights");
		Caller caller = caller(names, Map.of("organisation_id", "sp-bouw", "duaal_atlas_rights",
				"RECOGNITIONS STAKEHOLDER", "org", "not-this-one", "rights", List.of("MANAGEMENT")));
		assertThat(caller.organisation()).isEqualTo("sp-bouw");
		assertThat(caller.rights()).isEqualTo(Set.of(Right.RECOGNITIONS, Right.STAKEHOLDER));

		Caller commas = caller(names, Map.of("organisation_id", "cevora", "duaal_atlas_rights", "STAKEHOLDER,CONTENT"));
		assertThat(commas.rights()).isEqualTo(Set.of(Right.STAKEHOLDER, Right.CONTENT));
	}

	@Test
	void withoutTheClaimsNoOrganisationAndNoRights() {
		Caller caller = caller(new TokenProperties.Claims("organisation_id", "duaal_atlas_rights"),
				Map.of("org", "0400.003.254", "rights", List.of("WORKPLACES")));
		assertThat(caller.organisation()).isNull();
		assertThat(caller.rights()).isEmpty();
	}

}
