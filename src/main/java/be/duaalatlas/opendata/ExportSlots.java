package be.duaalatlas.opendata;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * Exports running now: at most one per client IP, and at most
 * {@code atlas.open-data.max-exports} on this instance (each holds a servlet thread and
 * an engine point in time while it streams). Held in memory only, so the set is as large
 * as the exports running, never more.
 */
@Component
class ExportSlots {

	private final Set<String> clients = ConcurrentHashMap.newKeySet();

	private final Semaphore running;

	ExportSlots(OpenDataProperties properties) {
		this.running = new Semaphore(properties.maxExports());
	}

	/**
	 * A slot for {@code client}, or empty when it has an export running or all are taken.
	 */
	Optional<Slot> take(String client) {
		if (!clients.add(client)) {
			return Optional.empty();
		}
		if (!running.tryAcquire()) {
			clients.remove(client);
			return Optional.empty();
		}
		return Optional.of(new Slot(client));
	}

	/** Whether {@code client} has an export running. */
	boolean running(String client) {
		return clients.contains(client);
	}

	/** Given back when its export ends, however it ends. */
	final class Slot implements AutoCloseable {

		private final String client;

		private boolean closed;

		private Slot(String client) {
			this.client = client;
		}

		@Override
		public void close() {
			if (!closed) {
				closed = true;
				running.release();
				clients.remove(client);
			}
		}

	}

}
