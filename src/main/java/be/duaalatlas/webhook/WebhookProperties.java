package be.duaalatlas.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered (docs/webhooks.md).
 *
 * @param allowHttpLoopback also accept {@code http://127.0.0.1:<port>} endpoints (tests
 * and a local run only; production takes {@code https} to public addresses alone)
 * @param connectTimeout how long a delivery may take to connect
 * @param readTimeout how long a delivery may wait for the receiver's answer
 * @param initialBackoff the wait after a delivery's first failure; doubled after each
 * further one
 * @param maxBackoff the longest wait between two attempts
 * @param retryFor how long a delivery is retried from its first failure before its
 * webhook is paused
 * @param pollEvery how often the journal is read for writes taken by other instances
 * (this instance's own writes wake the dispatcher at once)
 * @param maxPerOrganisation webhooks an organisation may have
 * @param batch journal entries read per webhook and round; also the most deliveries a
 * webhook may have waiting before it reads further
 * @param lease how long an instance's hold on a webhook lasts unrenewed: after a crash,
 * the longest its webhooks wait for another instance (a graceful stop releases them);
 * more than an attempt's timeouts and {@code poll-every} together
 */
@ConfigurationProperties("atlas.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowHttpLoopback, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("30s") Duration initialBackoff,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("24h") Duration retryFor,
		@DefaultValue("30s") Duration pollEvery, @DefaultValue("10") int maxPerOrganisation,
		@DefaultValue("100") int batch, @DefaultValue("2m") Duration lease) {

	/** The wait after the {@code attempts}-th failed attempt. */
	Duration backoff(int attempts) {
		Duration wait = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

}
