package be.duaalatlas.index;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service converges on its catalogue after start and after engine outages
 * ({@link CatalogueConvergence}).
 *
 * @param checkEvery how often a ready service asks the engine whether it still answers:
 * the most readiness lags behind an outage
 * @param firstBackOff the wait after the first failed attempt; it doubles with every
 * further one
 * @param maxBackOff the longest wait between two attempts: the most readiness lags behind
 * an engine that came back
 */
@ConfigurationProperties("atlas.convergence")
record ConvergenceProperties(@DefaultValue("2s") Duration checkEvery, @DefaultValue("1s") Duration firstBackOff,
		@DefaultValue("10s") Duration maxBackOff) {
}
