package be.duaalatlas.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real signed JWTs for the tests, signed with the local dev key pair the service trusts
 * under profile {@code dev} (issuer and audience as application-dev.yml sets them), and
 * tokens that must be refused.
 */
public final class TestTokens {

	public static final String ISSUER = "http://localhost/duaal-atlas-dev";

	public static final String AUDIENCE = "duaal-atlas";

	private static final DevKeys KEYS = DevKeys.loadOrCreate(Path.of("target/dev-keys"));

	private TestTokens() {
	}

	/** A valid token acting for {@code organisation} with {@code rights}. */
	public static String token(String organisation, Right... rights) {
		return mint(ISSUER, AUDIENCE, organisation, Instant.now(), Duration.ofMinutes(10), rights);
	}

	public static String expired(String organisation, Right... rights) {
		return mint(ISSUER, AUDIENCE, organisation, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1),
				rights);
	}

	public static String wrongIssuer(String organisation, Right... rights) {
		return mint("https://someone-else.example/issuer", AUDIENCE, organisation, Instant.now(),
				Duration.ofMinutes(10), rights);
	}

	public static String wrongAudience(String organisation, Right... rights) {
		return mint(ISSUER, "another-api", organisation, Instant.now(), Duration.ofMinutes(10), rights);
	}

	/** Validly signed, for this service, but valid for ten years. */
	public static String tenYears(String organisation, Right... rights) {
		return mint(ISSUER, AUDIENCE, organisation, Instant.now(), Duration.ofDays(3653), rights);
	}

	/**
	 * Valid for an hour by its own claims, but issued ten years from now: it would be
	 * accepted for ten years.
	 */
	public static String issuedInTheFuture(String organisation, Right... rights) {
		return mint(ISSUER, AUDIENCE, organisation, Instant.now().plus(Duration.ofDays(3653)), Duration.ofHours(1),
				rights);
	}

	/** Validly signed, for this service, without {@code exp}: it never expires. */
	public static String withoutExpiry(String organisation, Right... rights) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("test-user@" + organisation)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(new Date())
			.claim(Tokens.ORGANISATION, organisation)
			.claim(Tokens.RIGHTS, List.of(rights).stream().map(Right::name).toList())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEYS.keyId()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(KEYS.privateKey()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** Valid for {@code lifetime} from now. */
	public static String validFor(Duration lifetime, String organisation, Right... rights) {
		return mint(ISSUER, AUDIENCE, organisation, Instant.now(), lifetime, rights);
	}

	private static String mint(String issuer, String audience, String organisation, Instant issuedAt, Duration lifetime,
			Right... rights) {
		return Tokens.mint(KEYS, issuer, audience, "test-user@" + organisation, organisation, Set.of(rights), issuedAt,
				issuedAt.plus(lifetime));
	}

}
