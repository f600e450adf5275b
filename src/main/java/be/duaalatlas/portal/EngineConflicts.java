package be.duaalatlas.portal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.elasticsearch.client.ResponseException;

/**
 * The engine's "version conflict" (HTTP 409): a conditional write lost. It arrives as the
 * typed client's exception or, for some requests, as the low-level client's response
 * exception; both mean the same.
 */
final class EngineConflicts {

	private EngineConflicts() {
	}

	static boolean isConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException typed && typed.status() == 409) {
				return true;
			}
			if (cause instanceof ResponseException response
					&& response.getResponse().getStatusLine().getStatusCode() == 409) {
				return true;
			}
		}
		return false;
	}

}
