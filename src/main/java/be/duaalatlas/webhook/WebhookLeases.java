package be.duaalatlas.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineConflicts;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.WriteResponseBase;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One instance at a time delivers a given webhook, so that two instances neither send a
 * change twice nor a record's changes out of order: a lease document per webhook (index
 * {@code webhook-leases}), created only if absent, every later change conditional on the
 * sequence number last seen (as {@code ingest.ImportLeases} does for imports). The holder
 * renews it before an attempt that could outlast it and releases it when it stops, so
 * that the next instance takes over at once; the lease of an instance that died is taken
 * over once it expired, by the holder's clock or, should that clock be wrong, unchanged
 * for {@code lease} by the taker's.
 */
@Component
class WebhookLeases {

	private static final Logger log = LoggerFactory.getLogger(WebhookLeases.class);

	static final String INDEX = "webhook-leases";

	/**
	 * Who holds a webhook's lease, and until when by its clock, as kept in the engine.
	 */
	record LeaseDocument(String webhook, String holder, String expiresAt) {
	}

	/** A lease this instance holds: the version it wrote, and until when. */
	private record Held(long seqNo, long primaryTerm, Instant until) {
	}

	/**
	 * Another holder's lease as last read, and since when (this clock) it is unchanged.
	 */
	private record Watched(long seqNo, long sinceNanos) {
	}

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final WebhookProperties properties;

	/**
	 * This instance: its process and a random part (two contexts can share a process).
	 */
	private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	private final Map<String, Watched> watched = new ConcurrentHashMap<>();

	WebhookLeases(ElasticsearchClient client, CatalogueIndices indices, WebhookProperties properties) {
		this.client = client;
		this.indices = indices;
		this.properties = properties;
	}

	private String alias() {
		return indices.alias(INDEX);
	}

	/**
	 * Whether this instance holds the webhook's lease for at least {@code needed} more:
	 * renewed, or taken when free or stale, when it would end sooner. False when another
	 * instance holds it (or took it over meanwhile).
	 */
	boolean hold(String webhook, Duration needed) {
		Instant now = Instant.now();
		Held mine = held.get(webhook);
		if (mine != null && mine.until().isAfter(now.plus(needed))) {
			return true;
		}
		Instant until = now.plus(properties.lease());
		LeaseDocument wanted = new LeaseDocument(webhook, holder, until.toString());
		try {
			WriteResponseBase kept;
			if (mine != null) {
				kept = client.index(i -> i.index(alias())
					.id(webhook)
					.document(wanted)
					.ifSeqNo(mine.seqNo())
					.ifPrimaryTerm(mine.primaryTerm()));
			}
			else {
				GetResponse<LeaseDocument> found = client.get(g -> g.index(alias()).id(webhook), LeaseDocument.class);
				if (!found.found() || found.source() == null) {
					kept = client.create(c -> c.index(alias()).id(webhook).document(wanted));
				}
				else if (holder.equals(found.source().holder()) || stale(webhook, found, now)) {
					kept = client.index(i -> i.index(alias())
						.id(webhook)
						.document(wanted)
						.ifSeqNo(found.seqNo())
						.ifPrimaryTerm(found.primaryTerm()));
					if (!holder.equals(found.source().holder())) {
						log.info("Took over the delivery lease of webhook {} from {} (it expired at {})", webhook,
								found.source().holder(), found.source().expiresAt());
					}
				}
				else {
					return false;
				}
			}
			held.put(webhook, new Held(kept.seqNo(), kept.primaryTerm(), until));
			watched.remove(webhook);
			return true;
		}
		catch (ElasticsearchException | IOException ex) {
			held.remove(webhook);
			if (EngineConflicts.isConflict(ex)) {
				// another instance took or renewed it in between
				return false;
			}
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (ElasticsearchException) ex;
		}
	}

	private boolean stale(String webhook, GetResponse<LeaseDocument> found, Instant now) {
		if (!Instant.parse(found.source().expiresAt()).isAfter(now)) {
			return true;
		}
		Watched seen = watched.compute(webhook, (id, before) -> before != null && before.seqNo() == found.seqNo()
				? before : new Watched(found.seqNo(), System.nanoTime()));
		return System.nanoTime() - seen.sinceNanos() > properties.lease().toNanos();
	}

	/**
	 * Gives up every lease this instance holds (it stops), unless another took it over
	 * meanwhile; one the engine could not be told of expires.
	 */
	void releaseAll() {
		held.forEach((webhook, mine) -> {
			try {
				client
					.delete(d -> d.index(alias()).id(webhook).ifSeqNo(mine.seqNo()).ifPrimaryTerm(mine.primaryTerm()));
			}
			catch (ElasticsearchException | IOException ex) {
				log.info("The delivery lease of webhook {} was not released ({}); it expires at {}", webhook,
						ex.toString(), mine.until());
			}
		});
		held.clear();
	}

	/** The lease of a removed webhook goes with it. */
	void remove(String webhook) {
		held.remove(webhook);
		try {
			client.delete(d -> d.index(alias()).id(webhook));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() != 404) {
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
