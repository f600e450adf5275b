package be.duaalatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place where the engine client's checked {@link IOException} (the engine
 * unreachable, a timeout, a broken connection) becomes an unchecked one, which the
 * GraphQL error mapping shows as {@code SEARCH_UNAVAILABLE}.
 */
public final class EngineCalls {

	private EngineCalls() {
	}

	/** A request to the engine. */
	@FunctionalInterface
	public interface Call<T> {

		T run() throws IOException;

	}

	public static <T> T call(Call<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
