package be.duaalatlas.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How proxies and CDNs may keep anonymous answers to persisted queries asked over GET
 * (docs/caching.md).
 *
 * @param enabled whether such answers are public (else every answer is
 * {@code private, no-store})
 * @param maxAge how long a proxy may serve a kept answer without asking again: the
 * longest a write takes to show through a proxy. At most a day, and at most what is left
 * of the day in Belgium (the day is part of the catalogue generation, so no generation
 * outlives midnight).
 */
@ConfigurationProperties("atlas.http-cache")
public record HttpCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration maxAge) {

	public HttpCacheProperties {
		if (maxAge.isNegative() || maxAge.compareTo(Duration.ofDays(1)) > 0) {
			throw new IllegalArgumentException(
					"atlas.http-cache.max-age must be between 0s and 1d (a generation lives a day at most): " + maxAge);
		}
	}

}
