package be.duaalatlas.index;

import java.time.Instant;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether the service has a catalogue to serve, as {@link CatalogueConvergence} last
 * found it: health component {@code catalogueReadiness}, part of the readiness group
 * ({@code /actuator/health/readiness}) and not of liveness, because a service whose
 * engine is down heals without a restart. OUT_OF_SERVICE while the indices are not
 * checked, the sample is not loaded (where the service loads it) or the engine does not
 * answer. It never calls the engine itself: anonymous probes cost nothing.
 */
@Component("catalogueReadiness")
public class CatalogueReadiness implements HealthIndicator {

	/**
	 * Published once, when the catalogue has been checked and loaded for the first time
	 * since the service started.
	 */
	public record CatalogueLoaded() {
	}

	private final ApplicationEventPublisher events;

	private volatile boolean ready;

	private volatile boolean loadedOnce;

	private volatile String problem = "the catalogue is being checked and loaded";

	private volatile Instant since = Instant.now();

	private volatile Instant nextAttempt;

	/**
	 * True once the catalogue was checked and loaded since the service started: before
	 * that, nothing the service answers from the catalogue would be true (an empty
	 * result, an unknown postcode). Stays true through later engine outages, in which
	 * answers the service keeps in memory still come.
	 */
	CatalogueReadiness(ApplicationEventPublisher events) {
		this.events = events;
	}

	public boolean loadedOnce() {
		return loadedOnce;
	}

	public boolean ready() {
		return ready;
	}

	void markReady() {
		if (!ready) {
			since = Instant.now();
		}
		ready = true;
		problem = null;
		nextAttempt = null;
		if (!loadedOnce) {
			loadedOnce = true;
			events.publishEvent(new CatalogueLoaded());
		}
	}

	void markNotReady(String problem, Instant nextAttempt) {
		if (ready) {
			since = Instant.now();
		}
		ready = false;
		this.problem = problem;
		this.nextAttempt = nextAttempt;
	}

	@Override
	public Health health() {
		if (ready) {
			return Health.up().withDetail("readySince", since.toString()).build();
		}
		Health.Builder health = Health.status(Status.OUT_OF_SERVICE)
			.withDetail("state", loadedOnce ? "CONVERGING" : "LOADING")
			.withDetail("notReadySince", since.toString())
			.withDetail("problem", String.valueOf(problem));
		if (nextAttempt != null) {
			health.withDetail("nextAttempt", nextAttempt.toString());
		}
		return health.build();
	}

}
