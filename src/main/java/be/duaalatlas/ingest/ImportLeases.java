package be.duaalatlas.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineConflicts;
import be.duaalatlas.index.PooledConnectionTimeout;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One full import of a kind at a time, whichever instance or import command runs it: a
 * lease document per kind (index {@code import-leases}), created only if absent, renewed
 * while the import runs and released when it ends, every change of it conditional on the
 * sequence number last seen. Without it two imports of one kind would pick the same next
 * version and bulk into it together. An import that finds the lease taken waits (at most
 * {@code max-wait}); a lease that was not renewed for {@code ttl} (its holder died) is
 * taken over, and one that an ended import of this very instance left behind (the engine
 * was down while it tried to release it) is taken back at once.
 */
@Component
class ImportLeases {

	private static final Logger log = LoggerFactory.getLogger(ImportLeases.class);

	static final String INDEX = "import-leases";

	/** Who holds a lease (a process) and since when, as kept in the engine. */
	record LeaseDocument(String kind, String holder, String acquiredAt, String renewedAt, String expiresAt) {
	}

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final ImportLeaseProperties properties;

	/**
	 * This instance, as the holders of its leases begin: the process (pid@host) and a
	 * random part, since a restarted container may have the same pid and host name.
	 */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	/**
	 * The holders of this instance's leases whose import still runs (not closed yet): any
	 * other holder that begins with {@link #instance} is an import here that ended.
	 */
	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "import-lease-renewal");
		thread.setDaemon(true);
		return thread;
	});

	ImportLeases(ElasticsearchClient client, PooledConnectionTimeout timeouts, CatalogueIndices indices,
			ImportLeaseProperties properties) {
		this.client = timeouts.within(client, properties.callTimeout());
		this.indices = indices;
		this.properties = properties;
	}

	@PreDestroy
	void stop() {
		renewals.shutdownNow();
	}

	private String alias() {
		return indices.alias(INDEX);
	}

	/**
	 * Takes the kind's lease, waiting for another holder at most {@code max-wait}.
	 * @throws ImportBusyException when another import held it all that time
	 */
	Lease acquire(String kind) throws IOException {
		return acquire(kind, properties.maxWait());
	}

	Lease acquire(String kind, Duration maxWait) throws IOException {
		String holder = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
		// running from before its lease is created: another import of this instance that
		// found it in between would take it as left behind
		running.add(holder);
		boolean held = false;
		try {
			Lease lease = take(kind, holder, maxWait);
			held = true;
			return lease;
		}
		finally {
			if (!held) {
				running.remove(holder);
			}
		}
	}

	private Lease take(String kind, String holder, Duration maxWait) throws IOException {
		long deadline = System.nanoTime() + maxWait.toNanos();
		// a holder's clock may be wrong: a lease that has not changed for ttl while we
		// watched is stale by our own clock too
		long unchangedSince = System.nanoTime();
		long watchedSeqNo = -1;
		boolean told = false;
		while (true) {
			Instant now = Instant.now();
			LeaseDocument wanted = document(kind, holder, now, now);
			try {
				var created = client.create(c -> c.index(alias()).id(kind).document(wanted));
				return started(kind, holder, now, created.seqNo(), created.primaryTerm());
			}
			catch (ElasticsearchException | IOException ex) {
				if (!EngineConflicts.isConflict(ex)) {
					throw ex;
				}
			}
			GetResponse<LeaseDocument> held = client.get(g -> g.index(alias()).id(kind), LeaseDocument.class);
			if (!held.found() || held.source() == null) {
				continue; // released in between: take it at once
			}
			if (held.seqNo() != watchedSeqNo) {
				watchedSeqNo = held.seqNo();
				unchangedSince = System.nanoTime();
			}
			LeaseDocument other = held.source();
			boolean endedHere = endedHere(other.holder());
			boolean stale = Instant.parse(other.expiresAt()).isBefore(now)
					|| System.nanoTime() - unchangedSince > properties.ttl().toNanos();
			if (stale || endedHere) {
				try {
					IndexResponse taken = client.index(i -> i.index(alias())
						.id(kind)
						.ifSeqNo(held.seqNo())
						.ifPrimaryTerm(held.primaryTerm())
						.document(wanted));
					if (endedHere) {
						log.warn(
								"Took back the import lease of {} that an ended import of this instance left behind ({})",
								kind, other.holder());
					}
					else {
						log.warn(
								"Took over the import lease of {} from {}, which stopped renewing it (it expired at {})",
								kind, other.holder(), other.expiresAt());
					}
					return started(kind, holder, now, taken.seqNo(), taken.primaryTerm());
				}
				catch (ElasticsearchException | IOException ex) {
					if (!EngineConflicts.isConflict(ex)) {
						throw ex;
					}
					continue; // another waiter took it over first
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new ImportBusyException("another import of " + kind + " is running (" + other.holder()
						+ ", since " + other.acquiredAt() + ", its lease renewed until " + other.expiresAt()
						+ "); waited " + maxWait.toSeconds() + " s, nothing was done: try again when it has finished");
			}
			if (!told) {
				log.info("The import of {} waits for the one {} runs (since {}), at most {} s", kind, other.holder(),
						other.acquiredAt(), maxWait.toSeconds());
				told = true;
			}
			pause(Math.min(left, properties.pollEvery().toNanos()));
		}
	}

	/**
	 * A lease of this instance whose import is no longer running: it failed (the engine
	 * died under it) and could not release its lease. Nobody else may take it before its
	 * ttl, but this instance knows it is free: waiting for the ttl would only keep the
	 * kind from being imported again after the engine came back.
	 */
	private boolean endedHere(String holder) {
		return holder != null && holder.startsWith(instance + "/") && !running.contains(holder);
	}

	/** This instance's name, with which the holders of its leases begin. */
	String instance() {
		return instance;
	}

	private LeaseDocument document(String kind, String holder, Instant acquired, Instant now) {
		return new LeaseDocument(kind, holder, acquired.toString(), now.toString(),
				now.plus(properties.ttl()).toString());
	}

	private Lease started(String kind, String holder, Instant acquired, long seqNo, long primaryTerm) {
		Lease lease = new Lease(kind, holder, acquired, seqNo, primaryTerm);
		long every = properties.renewEvery().toMillis();
		lease.renewal = renewals.scheduleWithFixedDelay(lease::renew, every, every, TimeUnit.MILLISECONDS);
		return lease;
	}

	private static void pause(long nanos) {
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImportFailedException("interrupted while waiting for the import lease");
		}
	}

	/** A held lease: renewed in the background until closed, which releases it. */
	final class Lease implements AutoCloseable {

		private final String kind;

		private final String holder;

		private final Instant acquired;

		private long seqNo;

		private long primaryTerm;

		private String lost;

		private boolean released;

		private ScheduledFuture<?> renewal;

		private Lease(String kind, String holder, Instant acquired, long seqNo, long primaryTerm) {
			this.kind = kind;
			this.holder = holder;
			this.acquired = acquired;
			this.seqNo = seqNo;
			this.primaryTerm = primaryTerm;
		}

		String holder() {
			return holder;
		}

		/** Fails the import when someone else has taken the lease over. */
		synchronized void check() {
			if (lost != null) {
				throw new ImportFailedException(
						"the import lease of " + kind + " was lost (" + lost + "); nothing of this import went live");
			}
		}

		synchronized void renew() {
			if (released || lost != null) {
				return;
			}
			Instant now = Instant.now();
			try {
				IndexResponse renewed = client.index(i -> i.index(alias())
					.id(kind)
					.ifSeqNo(seqNo)
					.ifPrimaryTerm(primaryTerm)
					.document(document(kind, holder, acquired, now)));
				seqNo = renewed.seqNo();
				primaryTerm = renewed.primaryTerm();
			}
			catch (ElasticsearchException | IOException ex) {
				if (EngineConflicts.isConflict(ex)) {
					if (!stillOurs()) {
						lost = "another import took it over";
						log.error("The import of {} lost its lease: {}", kind, lost);
					}
				}
				else {
					log.warn("Could not renew the import lease of {} ({}); trying again in {} s", kind, ex.getMessage(),
							properties.renewEvery().toSeconds());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the import lease of {} ({}); trying again in {} s", kind, ex.getMessage(),
						properties.renewEvery().toSeconds());
			}
		}

		/**
		 * After a conflict: whether the lease is still this one's (a renewal or release
		 * whose answer was lost did change it), taking its new sequence number if so.
		 */
		private boolean stillOurs() {
			try {
				GetResponse<LeaseDocument> now = client.get(g -> g.index(alias()).id(kind), LeaseDocument.class);
				if (now.found() && now.source() != null && holder.equals(now.source().holder())) {
					seqNo = now.seqNo();
					primaryTerm = now.primaryTerm();
					return true;
				}
				return false;
			}
			catch (IOException | RuntimeException ex) {
				return true; // unknown: the next attempt asks again
			}
		}

		/**
		 * Releases the lease, trying again for {@code release-for} when the engine does
		 * not answer (a lease left behind would block the kind for its whole ttl).
		 */
		@Override
		public void close() {
			renewal.cancel(false);
			// the import has ended: from now on a lease left behind is free for this
			// instance's next import of the kind
			running.remove(holder);
			synchronized (this) {
				if (released) {
					return;
				}
				released = true;
				long deadline = System.nanoTime() + properties.releaseFor().toNanos();
				long backOff = 100;
				String problem;
				do {
					try {
						client.delete(d -> d.index(alias()).id(kind).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm));
						return;
					}
					catch (ElasticsearchException | IOException ex) {
						int status = EngineConflicts.status(ex);
						if (status == 404 || (status == 409 && !stillOurs())) {
							return; // gone, or taken over: not ours to release
						}
						problem = ex.getMessage();
					}
					catch (RuntimeException ex) {
						problem = ex.getMessage();
					}
					try {
						Thread.sleep(backOff);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
					backOff = Math.min(2000, backOff * 2);
				}
				while (System.nanoTime() < deadline);
				log.error(
						"Could not release the import lease of {} ({}); this instance's next import of {} takes it "
								+ "back at once, another's after {} s",
						kind, problem, kind, properties.ttl().toSeconds());
			}
		}

	}

}
