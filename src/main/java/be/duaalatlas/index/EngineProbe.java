package be.duaalatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.stereotype.Component;

/**
 * The health checks' engine requests: each bounded by
 * {@code atlas.engine-client.health-timeout}, and none sent for a moment after one went
 * unanswered, so that a probe asking several components waits for a hung engine once, not
 * once per component.
 */
@Component
class EngineProbe {

	/** A health check's request to the engine. */
	@FunctionalInterface
	interface Check<T> {

		T run(ElasticsearchClient client) throws IOException;

	}

	private final ElasticsearchClient client;

	private final Duration timeout;

	private volatile long lastUnanswered = System.nanoTime() - Duration.ofDays(1).toNanos();

	EngineProbe(ElasticsearchClient client, PooledConnectionTimeout timeouts,
			PooledConnectionTimeout.Properties properties) {
		this.client = timeouts.forHealth(client);
		this.timeout = properties.healthTimeout();
	}

	<T> T ask(Check<T> check) throws IOException {
		if (System.nanoTime() - lastUnanswered < timeout.multipliedBy(2).toNanos()) {
			throw new SocketTimeoutException("the engine did not answer the health check just before");
		}
		try {
			return check.run(client);
		}
		catch (IOException ex) {
			lastUnanswered = System.nanoTime();
			throw ex;
		}
		catch (UncheckedIOException ex) {
			lastUnanswered = System.nanoTime();
			throw ex.getCause();
		}
	}

}
