package be.duaalatlas.graphql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code atlas.requests.refused}: requests refused by a limit, by {@code reason} (a
 * bounded set: the limits' own names, docs/metrics.md), one meter whoever refuses.
 */
public final class Refusals {

	private Refusals() {
	}

	public static Counter counter(MeterRegistry registry, String reason) {
		return Counter.builder("atlas.requests.refused")
			.tag("reason", reason)
			.description("requests refused by a limit of the public endpoint, before they ran")
			.register(registry);
	}

}
