package be.duaalatlas.index;

import java.io.IOException;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.elasticsearch.client.ResponseException;

/**
 * A bounded wait for indices to reach a health status. Elasticsearch 8 answers a wait
 * that ran out with {@code 408 Request Timeout} (elastic/elasticsearch#70849, the move to
 * {@code 200} reverted), which the low-level client throws: here that is "not reached",
 * like {@code timed_out} in a body, not a failure of the engine.
 */
final class ClusterHealthWait {

	private static final int REQUEST_TIMEOUT = 408;

	private ClusterHealthWait() {
	}

	/**
	 * Whether {@code indices} (a name or pattern) reached {@code status} within
	 * {@code timeout}; throws only when the engine did not answer.
	 */
	static boolean reached(ElasticsearchClient client, String indices, HealthStatus status, Duration timeout)
			throws IOException {
		try {
			HealthResponse health = client.cluster()
				.health(h -> h.index(indices).waitForStatus(status).timeout(t -> t.time(timeout.toMillis() + "ms")));
			return !health.timedOut() && atLeast(health.status(), status);
		}
		catch (IOException | RuntimeException ex) {
			if (timedOut(ex)) {
				return false;
			}
			throw ex;
		}
	}

	private static boolean atLeast(HealthStatus actual, HealthStatus wanted) {
		return actual == HealthStatus.Green || actual == wanted;
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseException response
					&& response.getResponse().getStatusLine().getStatusCode() == REQUEST_TIMEOUT) {
				return true;
			}
		}
		return false;
	}

}
