package be.duaalatlas.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request budgets of the GraphQL endpoint: one per client IP for anonymous callers, one
 * per partner API key (sent in {@link #keyHeader}) with a higher budget. Partners are
 * configured by name, e.g. {@code atlas.rate-limit.partners.vdab.key=...},
 * {@code atlas.rate-limit.partners.vdab.requests-per-minute=3000}.
 *
 * @param enabled false switches the limits off (a cluster behind a gateway that limits
 * already)
 * @param keyHeader the request header that carries a partner's API key
 * @param anonymous the budget of each client IP without a key
 * @param partners partner name → its key and budget
 * @param maxTrackedClients client IPs whose budgets are kept at once (memory stays
 * bounded; the least recently seen are forgotten first)
 * @param publicWrites the budget of each client IP for anonymous writes
 * ({@code reportListing}), on top of its request budget: each one is kept in the engine
 * @param openData the budget of each client IP for the open-data export's files (each may
 * be a whole kind), whatever key it sends
 */
@ConfigurationProperties("atlas.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("X-Api-Key") String keyHeader,
		@DefaultValue Budget anonymous, Map<String, Partner> partners, @DefaultValue("100000") int maxTrackedClients,
		@DefaultValue PublicWrites publicWrites, @DefaultValue OpenData openData) {

	public RateLimitProperties {
		partners = partners == null ? Map.of() : Map.copyOf(partners);
	}

	/**
	 * @param requestsPerMinute the sustained rate
	 * @param burst how many requests may come at once (the bucket's capacity)
	 */
	public record Budget(@DefaultValue("300") int requestsPerMinute, @DefaultValue("100") int burst) {
	}

	/**
	 * @param requestsPerMinute the sustained rate of anonymous writes
	 * @param burst how many may come at once
	 */
	public record PublicWrites(@DefaultValue("10") int requestsPerMinute, @DefaultValue("5") int burst) {
	}

	/**
	 * @param requestsPerMinute the sustained rate of open-data requests
	 * @param burst how many may come at once
	 */
	public record OpenData(@DefaultValue("30") int requestsPerMinute, @DefaultValue("10") int burst) {

		/** As a budget. */
		Budget budget() {
			return new Budget(requestsPerMinute, burst);
		}

	}

	/**
	 * @param key the partner's API key
	 * @param requestsPerMinute the sustained rate
	 * @param burst how many requests may come at once
	 */
	public record Partner(String key, @DefaultValue("3000") int requestsPerMinute, @DefaultValue("500") int burst) {
	}

}
