package be.duaalatlas.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the service to a catalogue it can serve, and back to it after every engine
 * outage, without a restart. At start the {@link ConvergenceStep}s (index check, sample
 * catalogue) run once on the main thread, as before, so a healthy start is ready when it
 * has started. From then on one daemon thread asks the engine every
 * {@code atlas.convergence.check-every} whether it answers; when an attempt fails (the
 * engine unreachable, killed mid-import, an external cluster down) readiness goes
 * OUT_OF_SERVICE and the thread tries again after a back-off (1 s doubling up to
 * {@code max-back-off}), running every step again once the engine answers: a step
 * finishes what it could not do and skips what is done.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueConvergence implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CatalogueConvergence.class);

	private final ElasticsearchClient client;

	private final IndexProperties indexProperties;

	private final ConvergenceProperties properties;

	private final List<ConvergenceStep> steps;

	private final CatalogueReadiness readiness;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread daemon = new Thread(runnable, "catalogue-convergence");
		daemon.setDaemon(true);
		return daemon;
	});

	/** Only touched by one attempt at a time (the main thread first, then the daemon). */
	private boolean converged;

	private int failures;

	private String lastProblem;

	private Instant failingSince;

	CatalogueConvergence(ElasticsearchClient client, IndexProperties indexProperties, ConvergenceProperties properties,
			List<ConvergenceStep> steps, CatalogueReadiness readiness) {
		this.client = client;
		this.indexProperties = indexProperties;
		this.properties = properties;
		this.steps = steps;
		this.readiness = readiness;
	}

	@Override
	public void run(ApplicationArguments args) {
		attemptAndSchedule();
	}

	private void attemptAndSchedule() {
		Duration next;
		try {
			EngineRequestCounter.uncounted(() -> {
				attempt();
				return null;
			});
			next = properties.checkEvery();
		}
		catch (RuntimeException | Error ex) {
			// an attempt that threw past here would schedule no next one: readiness
			// would stay as it is until the service is restarted
			next = failed(ex);
		}
		try {
			thread.schedule(this::attemptAndSchedule, next.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the service is stopping
		}
	}

	private void attempt() {
		engineAnswers();
		if (converged) {
			return;
		}
		for (ConvergenceStep step : steps) {
			try {
				step.converge();
			}
			catch (RuntimeException ex) {
				throw new ConvergenceFailed(step.name() + ": " + ex.getMessage(), ex);
			}
		}
		converged = true;
		readiness.markReady();
		if (failingSince != null) {
			log.info("The catalogue is ready again, {} s after the first failed attempt ({} attempts failed)",
					Duration.between(failingSince, Instant.now()).toSeconds(), failures);
		}
		failures = 0;
		lastProblem = null;
		failingSince = null;
	}

	/**
	 * The engine answers, and the catalogue's indices are at least yellow (a restarted
	 * engine recovers its shards for some seconds before they can be searched).
	 */
	private void engineAnswers() {
		boolean searchable;
		try {
			searchable = ClusterHealthWait.reached(client, indexProperties.prefix() + "*", HealthStatus.Yellow,
					Duration.ofSeconds(5));
		}
		catch (IOException ex) {
			throw new ConvergenceFailed("the search engine does not answer, or not yet for the catalogue's indices ("
					+ ex.getMessage() + ")", ex);
		}
		if (!searchable) {
			throw new ConvergenceFailed("the catalogue's indices are not searchable yet (not yellow within 5 s)", null);
		}
	}

	private Duration failed(Throwable ex) {
		boolean wasReady = converged;
		converged = false;
		failures++;
		if (failingSince == null) {
			failingSince = Instant.now();
		}
		Duration backOff = backOff(failures);
		String problem = ex instanceof ConvergenceFailed ? ex.getMessage() : String.valueOf(ex);
		readiness.markNotReady(problem, Instant.now().plus(backOff));
		if (wasReady || failures == 1 || !problem.equals(lastProblem)) {
			log.warn(
					"The catalogue is not ready ({}): readiness is OUT_OF_SERVICE; the service tries again in {} ms "
							+ "and then at most every {} s, and loads what is missing once the engine answers",
					problem, backOff.toMillis(), properties.maxBackOff().toSeconds());
		}
		else {
			log.debug("Attempt {} to converge failed: {}", failures, problem);
		}
		lastProblem = problem;
		return backOff;
	}

	Duration backOff(int failures) {
		Duration backOff = properties.firstBackOff().multipliedBy(1L << Math.min(failures - 1, 16));
		return backOff.compareTo(properties.maxBackOff()) > 0 ? properties.maxBackOff() : backOff;
	}

	@Override
	public void destroy() {
		thread.shutdownNow();
	}

	/** An attempt that failed, with what failed in words. */
	private static final class ConvergenceFailed extends RuntimeException {

		ConvergenceFailed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
