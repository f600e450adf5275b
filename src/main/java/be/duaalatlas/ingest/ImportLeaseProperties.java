package be.duaalatlas.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One import of a kind at a time across every instance and import command that share a
 * cluster ({@link ImportLeases}, docs/cluster.md).
 *
 * @param ttl how long a lease holds without being renewed: an import whose process died
 * blocks the kind at most this long
 * @param renewEvery how often a running import renews its lease; at most a third of
 * {@code ttl}, so two renewals may fail before it expires
 * @param maxWait how long an import waits for another import of its kind to end; then it
 * is refused (BUSY)
 * @param pollEvery how often a waiting import looks at the lease again
 * @param callTimeout the most each engine request about a lease may take
 * @param releaseFor how long a finished import keeps trying to release its lease when the
 * engine does not answer at once
 */
@ConfigurationProperties("atlas.import-lease")
record ImportLeaseProperties(@DefaultValue("60s") Duration ttl, @DefaultValue("20s") Duration renewEvery,
		@DefaultValue("30s") Duration maxWait, @DefaultValue("500ms") Duration pollEvery,
		@DefaultValue("5s") Duration callTimeout, @DefaultValue("15s") Duration releaseFor) {

	ImportLeaseProperties {
		if (renewEvery.multipliedBy(3).compareTo(ttl) > 0 || renewEvery.isZero() || renewEvery.isNegative()) {
			throw new IllegalArgumentException("atlas.import-lease.renew-every (" + renewEvery
					+ ") must be positive and at most a third of atlas.import-lease.ttl (" + ttl + ")");
		}
		if (maxWait.isNegative() || maxWait.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException("atlas.import-lease.max-wait must be between 0 and 1h: " + maxWait);
		}
		if (pollEvery.isZero() || pollEvery.isNegative() || callTimeout.isZero() || callTimeout.isNegative()
				|| releaseFor.isNegative()) {
			throw new IllegalArgumentException("atlas.import-lease: poll-every and call-timeout must be positive");
		}
	}

}
