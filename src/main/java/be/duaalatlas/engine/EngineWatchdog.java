package be.duaalatlas.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Watches the embedded engine's process and starts it again when it dies (killed,
 * crashed, out of memory), with a back-off between failed attempts (1 s doubling up to
 * {@code atlas.engine.max-restart-back-off}), so that the service serves again without a
 * restart. Every death and restart is logged, and health ({@code embeddedEngine}) shows
 * it.
 */
class EngineWatchdog implements HealthIndicator, MeterBinder, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EngineWatchdog.class);

	private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

	private final EmbeddedEngine engine;

	private final Duration maxBackOff;

	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "engine-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private volatile int restarts;

	private volatile int failedAttempts;

	private volatile Instant nextAttempt = Instant.MIN;

	private volatile Instant lastDeath;

	private volatile String lastProblem;

	EngineWatchdog(EmbeddedEngine engine, Duration maxBackOff) {
		this.engine = engine;
		this.maxBackOff = maxBackOff;
		checks.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void check() {
		if (engine.isAlive() || Instant.now().isBefore(nextAttempt)) {
			return;
		}
		if (failedAttempts == 0) {
			lastDeath = Instant.now();
			lastProblem = "exited with code " + engine.exitValue();
			log.error("The embedded Elasticsearch died ({}); starting it again", lastProblem);
		}
		try {
			engine.restart();
			restarts++;
			failedAttempts = 0;
			log.warn("The embedded Elasticsearch is running again on {} (restart {} since the service started)",
					engine.url(), restarts);
		}
		catch (RuntimeException | Error ex) {
			// a periodic check that throws is never run again: the engine would stay dead
			// with the watchdog silent
			failedAttempts++;
			Duration backOff = backOff(failedAttempts);
			nextAttempt = Instant.now().plus(backOff);
			lastProblem = ex.getMessage();
			log.error("Starting the embedded Elasticsearch again failed (attempt {}); next attempt in {} s: {}",
					failedAttempts, backOff.toSeconds(), ex.getMessage());
		}
	}

	Duration backOff(int failures) {
		long seconds = 1L << Math.min(failures - 1, 16);
		return seconds > maxBackOff.toSeconds() ? maxBackOff : Duration.ofSeconds(seconds);
	}

	@Override
	public Health health() {
		Health.Builder health = engine.isAlive() ? Health.up() : Health.down();
		health.withDetail("restarts", restarts);
		if (lastDeath != null) {
			health.withDetail("lastDeath", lastDeath.toString()).withDetail("lastProblem", lastProblem);
		}
		if (!engine.isAlive()) {
			health.withDetail("failedRestartAttempts", failedAttempts);
		}
		return health.build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("atlas.engine.restarts", this, watchdog -> watchdog.restarts)
			.description("restarts of the embedded engine after it died")
			.register(registry);
	}

	@Override
	public void close() {
		checks.shutdownNow();
	}

}
