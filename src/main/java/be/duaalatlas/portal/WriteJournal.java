package be.duaalatlas.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.BackgroundReads;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineConflicts;
import be.duaalatlas.index.FacetRewrites;
import be.duaalatlas.index.FacetValues;
import be.duaalatlas.index.LiveFacetValues;
import be.duaalatlas.index.PooledConnectionTimeout;
import be.duaalatlas.index.AcceptedWrites;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The durable journal of accepted writes, in the engine (index {@code write-journal}), so
 * every instance shares it and it outlives restarts. A journal entry's id is its sequence
 * number, created only if absent: two instances can never take the same number, and a
 * number is only taken once the one before it exists, so a reader that sees an entry sees
 * every earlier one (one shard, refreshed on write). Every full import re-applies the
 * journal of its kind ({@link AcceptedWrites}).
 */
@Component
class WriteJournal implements AcceptedWrites, MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(WriteJournal.class);

	static final String INDEX = "write-journal";

	private static final int PAGE = 1000;

	private static final int MAX_ATTEMPTS = 10_000;

	/**
	 * How long an unanswered create of an entry is sent again: well within a mutation's
	 * budget ({@code atlas.limits.mutation-timeout}, 30 s), long enough for a cluster to
	 * promote a new primary for the journal.
	 */
	private static final Duration RESEND_FOR = Duration.ofSeconds(15);

	/** The engine's own wait for the journal's primary, per create. */
	private static final String ENGINE_TIMEOUT = "2s";

	private final ElasticsearchClient client;

	/**
	 * The same client for re-applying the journal during an import: its refresh and bulk
	 * requests get the import's admin timeout, not a query's budget.
	 */
	private final ElasticsearchClient admin;

	private final CatalogueIndices indices;

	/**
	 * The highest sequence this instance knows to be taken; -1 until read from the
	 * engine.
	 */
	private final AtomicLong lastTaken = new AtomicLong(-1);

	/** The journal's entries as last counted in the background, or null. */
	private final Supplier<Long> size;

	private final ApplicationEventPublisher events;

	private final LiveFacetValues facetValues;

	private final FacetRewrites facetRewrites;

	WriteJournal(ElasticsearchClient client, CatalogueIndices indices, BackgroundReads reads,
			PooledConnectionTimeout timeouts, ApplicationEventPublisher events, LiveFacetValues facetValues,
			FacetRewrites facetRewrites) {
		this.client = client;
		this.facetValues = facetValues;
		this.facetRewrites = facetRewrites;
		this.admin = timeouts.forAdmin(client);
		this.indices = indices;
		this.events = events;
		this.size = reads.every("the write journal's size", () -> {
			try {
				return client.count(c -> c.index(alias()).ignoreUnavailable(true)).count();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("atlas.journal.entries", size, s -> s.get() == null ? Double.NaN : s.get())
			.description("entries in the write journal, which every import re-applies")
			.register(registry);
	}

	private String alias() {
		return indices.alias(INDEX);
	}

	/**
	 * Appends an accepted write under the next free sequence number and returns it as
	 * kept.
	 */
	JournalEntry append(JournalEntry entry) throws IOException {
		long next = (lastTaken.get() < 0 ? highestTaken() : lastTaken.get()) + 1;
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++, next++) {
			JournalEntry numbered = entry.at(next);
			if (created(numbered)) {
				lastTaken.accumulateAndGet(next, Math::max);
				events.publishEvent(new JournalFeed.Appended(numbered.sequence()));
				return numbered;
			}
			// another instance (or thread) took this number: it exists, so the next one
			// is
			// free to try
		}
		throw new IllegalStateException("No free journal position after " + MAX_ATTEMPTS + " attempts");
	}

	/**
	 * Creates the entry under its number if that number is free; false when another write
	 * holds it. An answer lost on its way (a timeout, a node that went away, a primary
	 * being moved) says nothing of whether the create landed: the very same create is
	 * sent again, for at most {@link #RESEND_FOR}, and one that had landed then answers
	 * "exists" with this entry under the number. Giving up sooner would refuse a write
	 * whose entry is kept after all, and the writer's retry would be journaled a second
	 * time under a later number (a duplicate).
	 */
	private boolean created(JournalEntry numbered) throws IOException {
		long deadline = System.nanoTime() + RESEND_FOR.toNanos();
		long backOff = 100;
		while (true) {
			try {
				client.create(c -> c.index(alias())
					.id(Long.toString(numbered.sequence()))
					.document(numbered)
					// the engine gives up on an unavailable primary before the client's
					// budget ends: its answer then says the create was not done
					.timeout(t -> t.time(ENGINE_TIMEOUT))
					.refresh(Refresh.True));
				return true;
			}
			catch (ElasticsearchException | IOException ex) {
				if (EngineConflicts.isConflict(ex)) {
					// our own create, sent again (by us, by the client to another node,
					// by the engine to a new primary), or another write's
					return isThisEntry(numbered, deadline);
				}
				if (!unanswered(ex) || System.nanoTime() - deadline > 0) {
					throw ex;
				}
				log.warn("The journal's create of entry {} ({}@{}) got no answer ({}); sending it again",
						numbered.sequence(), numbered.recordId(), numbered.version(), ex.getMessage());
				pause(backOff);
				backOff = Math.min(1000, backOff * 2);
			}
		}
	}

	/**
	 * A failure that leaves open whether the engine did the request: no answer (an
	 * {@link IOException} without the engine's status), or an answer of an engine that
	 * could not do it now (5xx, 429).
	 */
	private static boolean unanswered(Exception ex) {
		int status = EngineConflicts.status(ex);
		return status < 0 ? ex instanceof IOException : status >= 500 || status == 429;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while keeping a write in the journal", ex);
		}
	}

	/**
	 * Whether the entry under an entry's number is that very entry: the same write of the
	 * same record to the same version at the same instant by the same subject. The number
	 * is taken (the engine said so), so a read that does not find it came to a copy that
	 * has not got it yet: it is asked again until {@code deadline}.
	 */
	private boolean isThisEntry(JournalEntry entry, long deadline) throws IOException {
		long backOff = 50;
		while (true) {
			GetResponse<JournalEntry> taken;
			try {
				taken = client.get(g -> g.index(alias()).id(Long.toString(entry.sequence())), JournalEntry.class);
			}
			catch (ElasticsearchException | IOException ex) {
				if (!unanswered(ex) || System.nanoTime() - deadline > 0) {
					throw ex;
				}
				taken = null;
			}
			if (taken != null && taken.found() && taken.source() != null) {
				JournalEntry kept = taken.source();
				return kept.kind().equals(entry.kind()) && kept.recordId().equals(entry.recordId())
						&& kept.operation().equals(entry.operation()) && kept.version() == entry.version()
						&& kept.at().equals(entry.at()) && Objects.equals(kept.subject(), entry.subject());
			}
			if (System.nanoTime() - deadline > 0) {
				throw new IOException("journal entry " + entry.sequence()
						+ " exists but could not be read; whether it is this write is unknown");
			}
			pause(backOff);
			backOff = Math.min(500, backOff * 2);
		}
	}

	/** The highest number taken, as the engine holds it now (0: none). */
	long lastSequence() throws IOException {
		return highestTaken();
	}

	private long highestTaken() throws IOException {
		client.indices().refresh(r -> r.index(alias()));
		SearchResponse<JournalEntry> last = client.search(
				s -> s.index(alias()).size(1).sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc))),
				JournalEntry.class);
		long highest = last.hits().hits().isEmpty() ? 0 : last.hits().hits().get(0).source().sequence();
		lastTaken.accumulateAndGet(highest, Math::max);
		return highest;
	}

	/** A page of the change feed: accepted writes after a position, oldest first. */
	SearchResponse<JournalEntry> after(PageRequest page, Set<String> kinds) throws IOException {
		return client.search(s -> {
			s.index(alias()).size(page.first() + 1).sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc)));
			if (!kinds.isEmpty()) {
				s.query(q -> q
					.terms(t -> t.field("kind").terms(v -> v.value(kinds.stream().map(FieldValue::of).toList()))));
			}
			if (page.after() != null) {
				s.searchAfter(page.after());
			}
			return s;
		}, JournalEntry.class);
	}

	@Override
	public long reapply(String kind, String index) {
		long last = 0;
		int applied = 0;
		int gone = 0;
		Set<String> merged = new LinkedHashSet<>();
		try {
			admin.indices().refresh(r -> r.index(alias()));
			while (true) {
				List<JournalEntry> entries = entries(kind, last);
				if (entries.isEmpty()) {
					break;
				}
				List<BulkOperation> operations = new ArrayList<>();
				entries.forEach(entry -> operations.add(operation(entry, index, null)));
				entries.stream()
					.filter(entry -> JournalEntry.Operation.MERGE.name().equals(entry.operation()))
					.forEach(entry -> merged.add(entry.recordId()));
				// one shard, one bulk: operations on the same record are applied in the
				// order given
				BulkResponse response = admin.bulk(b -> b.operations(operations));
				for (BulkResponseItem item : response.items()) {
					if (item.error() == null) {
						applied++;
					}
					else if ("document_missing_exception".equals(item.error().type())) {
						gone++;
					}
					else {
						throw new IllegalStateException("the engine refused to re-apply an accepted write to "
								+ item.id() + ": " + item.error().reason());
					}
				}
				last = entries.get(entries.size() - 1).sequence();
			}
			refreshFacets(index, merged);
			if (last > 0) {
				// the version is already searchable (CatalogueIndices.prepareToGoLive):
				// what was applied on top must be too, before its alias switches
				admin.indices().refresh(r -> r.index(index));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (applied + gone > 0) {
			log.info("Re-applied {} accepted writes to {}{}", applied, index,
					gone == 0 ? "" : "; " + gone + " were for records the source files no longer hold");
		}
		return last;
	}

	@Override
	public void catchUp(String kind, long after) {
		try {
			admin.indices().refresh(r -> r.index(alias()));
			long last = after;
			List<JournalEntry> entries;
			while (!(entries = entries(kind, last)).isEmpty()) {
				for (JournalEntry entry : entries) {
					applyIfNewer(entry, indices.alias(kind));
				}
				last = entries.get(entries.size() - 1).sequence();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Applies to a live index, in order, the journal's entries for a record that the
	 * index lacks: those after the one it holds, at {@code version} (0: it holds none,
	 * and then those after the record's last removal). Between a full import's alias
	 * switch and its catch-up the new live index lacks the writes accepted since the
	 * import re-applied the journal: a write checked against that older version was
	 * accepted a second time under the same version (the fleet report's import, seven
	 * times). Returns whether anything was applied: then the record must be read again.
	 */
	boolean bringUpToDate(String kind, String recordId, String index, int version) throws IOException {
		SearchResponse<JournalEntry> latest = client.search(s -> s.index(alias())
			.size(PAGE)
			.query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("kind").value(kind)))
				.filter(f -> f.term(t -> t.field("recordId").value(recordId)))))
			.sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc))), JournalEntry.class);
		List<JournalEntry> missing = new ArrayList<>();
		for (var hit : latest.hits().hits()) {
			JournalEntry entry = hit.source();
			// versions start again at 1 when a removed record is created anew: newest
			// first, down to the one the index holds, or to the removal before it
			if (entry.version() <= version
					|| version == 0 && JournalEntry.Operation.DELETE.name().equals(entry.operation())) {
				break;
			}
			missing.add(0, entry);
		}
		boolean applied = false;
		for (JournalEntry entry : missing) {
			applied |= applyIfNewer(entry, index);
		}
		if (applied) {
			log.warn("{} {} was behind the journal (version {}, the journal's {}): brought up to date before a write",
					kind, recordId, version, missing.get(missing.size() - 1).version());
		}
		return applied;
	}

	/**
	 * Applies an entry to a live index unless the record there already has its version or
	 * a later one (the writer and an import's catch-up may both apply it; a later write
	 * must never be undone by an earlier one); whether it did.
	 */
	boolean applyIfNewer(JournalEntry entry, String index) throws IOException {
		GetResponse<ObjectNode> current = client.get(g -> g.index(index).id(entry.recordId()), ObjectNode.class);
		int version = current.found() ? current.source().path("recordVersion").asInt(0) : 0;
		if (current.found() && version >= entry.version()) {
			return false;
		}
		if (!current.found() && !JournalEntry.Operation.INDEX.name().equals(entry.operation())) {
			return false;
		}
		GetResponse<ObjectNode> guard = current.found() ? current : null;
		// a bulk reports a lost condition per item: then someone else applied it, or
		// wrote after it
		client.bulk(b -> b.operations(operation(entry, current.index(), guard)).refresh(Refresh.True));
		return true;
	}

	/**
	 * The entry as a bulk operation on an index; the record's version goes with it. With
	 * {@code guard}, only if the record is still as read then.
	 */
	BulkOperation operation(JournalEntry entry, String index, GetResponse<ObjectNode> guard) {
		Long seqNo = guard == null ? null : guard.seqNo();
		Long primaryTerm = guard == null ? null : guard.primaryTerm();
		return switch (JournalEntry.Operation.valueOf(entry.operation())) {
			case DELETE -> BulkOperation
				.of(o -> o.delete(d -> d.index(index).id(entry.recordId()).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)));
			case INDEX -> BulkOperation.of(o -> o.index(i -> i.index(index)
				.id(entry.recordId())
				.ifSeqNo(seqNo)
				.ifPrimaryTerm(primaryTerm)
				.document(facetValues.current()
					.addTo(entry.document().deepCopy().put("recordVersion", entry.version())))));
			case MERGE -> BulkOperation.of(o -> o.update(u -> u.index(index)
				.id(entry.recordId())
				.ifSeqNo(seqNo)
				.ifPrimaryTerm(primaryTerm)
				.action(a -> a.doc(merge(entry, guard)))));
		};
	}

	/**
	 * A merge entry as a partial update; with the record it applies to, also the facet
	 * values of the record it makes (without, {@link #reapply} sets them afterwards).
	 */
	private ObjectNode merge(JournalEntry entry, GetResponse<ObjectNode> onto) {
		ObjectNode partial = entry.document().deepCopy().put("recordVersion", entry.version());
		if (onto == null || onto.source() == null) {
			return partial;
		}
		ObjectNode whole = onto.source().deepCopy();
		whole.setAll(entry.document());
		return facetValues.current().addTo(partial, whole);
	}

	/**
	 * Sets the facet values of records that merges were re-applied to without reading
	 * them first, from the records as they are now (a merge may change a sector, a
	 * region, a location).
	 */
	private void refreshFacets(String index, Set<String> ids) throws IOException {
		facetRewrites.rewrite(index, ids, facetValues.current());
	}

	private List<JournalEntry> entries(String kind, long after) throws IOException {
		Query ofKind = Query.of(q -> q.term(t -> t.field("kind").value(kind)));
		return admin
			.search(s -> s.index(alias())
				.size(PAGE)
				.query(ofKind)
				.sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc)))
				.searchAfter(FieldValue.of(after)), JournalEntry.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.toList();
	}

}
