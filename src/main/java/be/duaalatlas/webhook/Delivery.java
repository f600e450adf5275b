package be.duaalatlas.webhook;

import java.time.Instant;

import be.duaalatlas.portal.Change;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One change to send to one webhook, and how sending it went (index
 * {@code webhook-deliveries}). Its id is the webhook's and the journal number's, so
 * reading the same journal entry again (after a restart) finds it instead of making
 * another.
 *
 * @param record the changed record's global id: deliveries of one record go out in
 * journal order
 * @param status {@link #PENDING} until the receiver answered 2xx, then {@link #DELIVERED}
 * @param firstAttemptAt the first failed attempt of the current retry window, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Delivery(String id, String webhook, String organisation, long sequence, String record, Change change,
		String status, int attempts, String firstAttemptAt, String lastAttemptAt, String nextAttemptAt,
		Integer responseStatus, String error, String deliveredAt) {

	static final String PENDING = "PENDING";

	static final String DELIVERED = "DELIVERED";

	static String id(String webhook, long sequence) {
		return webhook + "." + sequence;
	}

	static Delivery of(Subscription webhook, long sequence, Change change) {
		return new Delivery(id(webhook.id(), sequence), webhook.id(), webhook.organisation(), sequence, change.id(),
				change, PENDING, 0, null, null, null, null, null, null);
	}

	boolean dueBy(Instant now) {
		return nextAttemptAt == null || !Instant.parse(nextAttemptAt).isAfter(now);
	}

	Delivery delivered(Instant at, int status) {
		return new Delivery(id, webhook, organisation, sequence, record, change, DELIVERED, attempts + 1,
				firstAttemptAt, at.toString(), null, status, null, at.toString());
	}

	Delivery failed(Instant at, Integer status, String why, Instant next) {
		return new Delivery(id, webhook, organisation, sequence, record, change, PENDING, attempts + 1,
				firstAttemptAt == null ? at.toString() : firstAttemptAt, at.toString(),
				next == null ? null : next.toString(), status, why, null);
	}

	/** Sent again at once, with a new retry window (redeliver, resume). */
	Delivery again(Instant now) {
		return new Delivery(id, webhook, organisation, sequence, record, change, PENDING, attempts, null, lastAttemptAt,
				now.toString(), responseStatus, error, deliveredAt);
	}

}
