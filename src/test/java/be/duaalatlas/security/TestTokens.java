package be.duaalatlas.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import be.duaalatlas.devidentity.DevClient;
import be.duaalatlas.devidentity.DevIdentityProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens for the tests. Valid ones come from the local identity provider the service
 * trusts (profile {@code dev}), over HTTP by the client credentials grant, as a partner
 * app gets them: a client is registered for each organisation, rights and lifetime asked
 * for, whose tokens name {@code test-user@<organisation>} as their subject. What a real
 * provider never issues (expired, another issuer, another audience, no expiry, issued in
 * the future, a key it never published) is signed here, with the provider's own current
 * key where the point is a claim, not the signature.
 */
public final class TestTokens {

	public static final String AUDIENCE = "duaal-atlas";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private TestTokens() {
	}

	/** The JVM's local identity provider, the one the tests' services trust. */
	public static DevIdentityProvider provider() {
		return DevIdentityProvider.shared(Integer.getInteger("atlas.dev-identity-provider.port", 0));
	}

	/** A valid token acting for {@code organisation} with {@code rights}. */
	public static String token(String organisation, Right... rights) {
		return validFor(Duration.ofMinutes(10), organisation, rights);
	}

	/** A token the provider issues valid for {@code lifetime}. */
	public static String validFor(Duration lifetime, String organisation, Right... rights) {
		return issued(provider(), lifetime, organisation, rights);
	}

	/** Validly signed by the provider, for this service, but valid for ten years. */
	public static String tenYears(String organisation, Right... rights) {
		return validFor(Duration.ofDays(3653), organisation, rights);
	}

	/**
	 * A token from {@code provider} by the client credentials grant, for a client of its
	 * own registered first (each organisation, rights and lifetime has one).
	 */
	public static String issued(DevIdentityProvider provider, Duration lifetime, String organisation, Right... rights) {
		List<String> names = Arrays.stream(rights).map(Right::name).sorted().toList();
		// readable, and one per exact organisation (hostile ones included)
		String clientId = ("test-" + organisation + "-" + String.join("-", names) + "-" + lifetime.toSeconds())
			.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + Integer.toHexString(organisation.hashCode());
		provider.register(
				new DevClient(clientId, "test-secret", organisation, names, lifetime, "test-user@" + organisation));
		return clientCredentials(provider.issuer(), clientId, "test-secret");
	}

	/**
	 * {@code POST /oauth2/token} with {@code grant_type=client_credentials}, as curl
	 * does.
	 */
	public static String clientCredentials(String issuer, String clientId, String secret) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = JSON.readTree(response.body());
			if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
				throw new IllegalStateException(
						"no token for " + clientId + ": " + response.statusCode() + " " + response.body());
			}
			return body.get("access_token").asText();
		}
		catch (IOException ex) {
			throw new IllegalStateException("the identity provider at " + issuer + " did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String expired(String organisation, Right... rights) {
		Instant issued = Instant.now().minus(Duration.ofHours(2));
		return signed(provider().keys().current(),
				claims(provider().issuer(), AUDIENCE, organisation, rights).issueTime(Date.from(issued))
					.expirationTime(Date.from(issued.plus(Duration.ofHours(1)))));
	}

	public static String wrongIssuer(String organisation, Right... rights) {
		return signed(provider().keys().current(),
				valid(claims("https://someone-else.example/issuer", AUDIENCE, organisation, rights)));
	}

	public static String wrongAudience(String organisation, Right... rights) {
		return signed(provider().keys().current(),
				valid(claims(provider().issuer(), "another-api", organisation, rights)));
	}

	/** Everything right but the signature: a key the provider never published. */
	public static String wrongSignature(String organisation, Right... rights) {
		try {
			RSAKey stranger = new RSAKeyGenerator(2048).keyID(provider().keys().current().getKeyID()).generate();
			return signed(stranger, valid(claims(provider().issuer(), AUDIENCE, organisation, rights)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Valid for an hour by its own claims, but issued ten years from now: it would be
	 * accepted for ten years.
	 */
	public static String issuedInTheFuture(String organisation, Right... rights) {
		Instant issued = Instant.now().plus(Duration.ofDays(3653));
		return signed(provider().keys().current(),
				claims(provider().issuer(), AUDIENCE, organisation, rights).issueTime(Date.from(issued))
					.expirationTime(Date.from(issued.plus(Duration.ofHours(1)))));
	}

	/** Validly signed, for this service, without {@code exp}: it never expires. */
	public static String withoutExpiry(String organisation, Right... rights) {
		return signed(provider().keys().current(),
				claims(provider().issuer(), AUDIENCE, organisation, rights).issueTime(new Date()));
	}

	private static JWTClaimsSet.Builder claims(String issuer, String audience, String organisation, Right... rights) {
		return new JWTClaimsSet.Builder().issuer(issuer)
			.audience(audience)
			.subject("test-user@" + organisation)
			.jwtID(UUID.randomUUID().toString())
			.claim(Tokens.ORGANISATION, organisation)
			.claim(Tokens.RIGHTS, Arrays.stream(rights).map(Right::name).toList());
	}

	private static JWTClaimsSet.Builder valid(JWTClaimsSet.Builder claims) {
		Instant now = Instant.now();
		return claims.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
	}

	private static String signed(RSAKey key, JWTClaimsSet.Builder claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
