package be.duaalatlas.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.elasticsearch.client.ResponseException;

/**
 * The engine's answer status in a failure: the typed client's exception or, for some
 * requests (a create that finds its id taken), the low-level client's response exception
 * wrapped in a transport exception; both mean the same.
 */
public final class EngineConflicts {

	private EngineConflicts() {
	}

	/** The engine's "version conflict" (HTTP 409): a conditional write lost. */
	public static boolean isConflict(Throwable failure) {
		return status(failure) == 409;
	}

	/** The HTTP status the engine answered with, or -1 when it did not answer. */
	public static int status(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException typed) {
				return typed.status();
			}
			if (cause instanceof ResponseException response) {
				return response.getResponse().getStatusLine().getStatusCode();
			}
		}
		return -1;
	}

}
