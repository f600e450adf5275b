package be.duaalatlas.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

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

	private static String mint(String issuer, String audience, String organisation, Instant issuedAt, Duration lifetime,
			Right... rights) {
		return Tokens.mint(KEYS, issuer, audience, "test-user@" + organisation, organisation, Set.of(rights), issuedAt,
				issuedAt.plus(lifetime));
	}

}
