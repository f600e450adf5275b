package be.duaalatlas.devidentity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The provider's signing keys, rotatable at run time: the first signs, all are published
 * at {@code /oauth2/jwks}. Made in memory at start, so a restart of a local run is a
 * rotation too, and no private key is ever written anywhere.
 */
public final class SigningKeys implements JWKSource<SecurityContext> {

	private volatile List<RSAKey> published = List.of(newKey());

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(new JWKSet(new ArrayList<>(published)));
	}

	/** The key that signs new tokens. */
	public RSAKey current() {
		return published.get(0);
	}

	/**
	 * A new key signs from now on; the old ones stay published, so that tokens they
	 * signed stay valid until {@link #retireOld()}.
	 * @return the new key's id
	 */
	public synchronized String rotate() {
		List<RSAKey> keys = new ArrayList<>(published);
		keys.add(0, newKey());
		published = List.copyOf(keys);
		return current().getKeyID();
	}

	/**
	 * Only the current key stays published: tokens signed by an older one can no longer
	 * be verified.
	 */
	public synchronized void retireOld() {
		published = List.of(current());
	}

	/** The ids of the published keys, the signing one first. */
	public List<String> publishedKeyIds() {
		return published.stream().map(RSAKey::getKeyID).toList();
	}

	private static RSAKey newKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID("dev-" + UUID.randomUUID())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
