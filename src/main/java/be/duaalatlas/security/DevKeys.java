package be.duaalatlas.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The dev-only RSA key pair of a local run: made on this machine the first time it is
 * needed, kept in the work folder ({@code target/dev-keys}, never committed, never in the
 * jar), so that nobody else knows its private key. The service (profile {@code dev})
 * trusts its public key; {@link DevTokenCommand} signs with its private key.
 */
public record DevKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

	static final String PUBLIC = "public.pem";

	static final String PRIVATE = "private.pem";

	/**
	 * The key pair in {@code folder}, made there first if it has none (safe when two
	 * processes race to make it).
	 */
	public static synchronized DevKeys loadOrCreate(Path folder) {
		try {
			if (!Files.exists(folder.resolve(PRIVATE))) {
				create(folder);
			}
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateKey privateKey = (RSAPrivateKey) rsa
				.generatePrivate(new PKCS8EncodedKeySpec(read(folder.resolve(PRIVATE))));
			RSAPublicKey publicKey = (RSAPublicKey) rsa
				.generatePublic(new X509EncodedKeySpec(read(folder.resolve(PUBLIC))));
			return new DevKeys(publicKey, privateKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the dev key pair in " + folder, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The dev key pair in " + folder + " is damaged; delete the folder", ex);
		}
	}

	/**
	 * Names the key in the token header, so a token minted for an older key pair is
	 * recognisably stale.
	 */
	public String keyId() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
			return "dev-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void create(Path folder) throws IOException, GeneralSecurityException {
		Files.createDirectories(folder);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		// public first: whoever sees the private key file can rely on the public one
		// being there
		write(folder, PUBLIC, "PUBLIC KEY", pair.getPublic().getEncoded());
		write(folder, PRIVATE, "PRIVATE KEY", pair.getPrivate().getEncoded());
	}

	private static void write(Path folder, String name, String type, byte[] der) throws IOException {
		String pem = "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
		Path temp = Files.createTempFile(folder, name, ".tmp");
		try {
			Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the folder's own permissions apply
		}
		Files.writeString(temp, pem, StandardCharsets.US_ASCII);
		try {
			Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
			Files.deleteIfExists(temp);
		}
	}

	private static byte[] read(Path file) throws IOException {
		String pem = Files.readString(file, StandardCharsets.US_ASCII);
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(base64);
	}

}
