package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** A file a source delivered, on disk or on the classpath (the sample catalogue). */
public record SourceInput(String name, Resource resource) {

	public static SourceInput of(Path path) {
		return new SourceInput(path.toString(), new FileSystemResource(path));
	}

	public InputStream open() throws IOException {
		return resource.getInputStream();
	}

	/** A hash of the content, so that an unchanged source is not imported again. */
	String fingerprint() {
		try (InputStream in = open()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read source file " + name + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
