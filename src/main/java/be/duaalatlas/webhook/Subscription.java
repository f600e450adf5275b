package be.duaalatlas.webhook;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A webhook as kept (index {@code webhooks}). The secret is kept as it is, because every
 * signature needs it; it leaves the service only once, in the answer to
 * {@code registerWebhook}, and no read returns it.
 *
 * @param kinds the GraphQL {@code Kind} names it wants
 * @param region a {@code Region} name, or null
 * @param status {@link #ACTIVE} or {@link #PAUSED}
 * @param cursor the journal number up to which every matching write has a delivery
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Subscription(String id, String organisation, String url, List<String> kinds, String programme, String region,
		boolean ownRecordsOnly, String secret, String status, String pausedReason, String createdAt, long cursor) {

	static final String ACTIVE = "ACTIVE";

	static final String PAUSED = "PAUSED";

}
