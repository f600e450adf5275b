package be.duaalatlas.index;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Values that gauges show but only the engine knows (records per kind, the journal's
 * size): read on a thread of their own every {@code atlas.metrics.refresh-every}, so that
 * a scrape never calls the engine and an engine that does not answer never slows one. A
 * gauge shows the last value read (none before the first read: NaN).
 */
@Component
public class BackgroundReads implements DisposableBean {

	/**
	 * @param refreshEvery how often the values are read again: the most a gauge lags
	 * behind
	 */
	@ConfigurationProperties("atlas.metrics")
	public record Properties(@DefaultValue("30s") Duration refreshEvery) {
	}

	private static final Logger log = LoggerFactory.getLogger(BackgroundReads.class);

	private final Duration every;

	private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "metrics-reads");
		thread.setDaemon(true);
		return thread;
	});

	BackgroundReads(Properties properties) {
		this.every = properties.refreshEvery();
	}

	/**
	 * The last value {@code read} returned, read again in the background; null until the
	 * first read succeeded.
	 * @param what for the log when a read fails
	 */
	public <T> Supplier<T> every(String what, Supplier<T> read) {
		AtomicReference<T> last = new AtomicReference<>();
		reader.scheduleWithFixedDelay(() -> {
			try {
				last.set(EngineRequestCounter.uncounted(read));
			}
			catch (RuntimeException ex) {
				// the engine away: the gauge keeps its last value, readiness says why
				log.debug("Reading {} for the metrics failed: {}", what, ex.toString());
			}
		}, 0, every.toMillis(), TimeUnit.MILLISECONDS);
		return last::get;
	}

	@Override
	public void destroy() {
		reader.shutdownNow();
	}

}
