package be.duaalatlas.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.BackgroundReads;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineConflicts;
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

	WriteJournal(ElasticsearchClient client, CatalogueIndices indices, BackgroundReads reads,
			PooledConnectionTimeout timeouts) {
		this.client = client;
		this.admin = timeouts.forAdmin(client);
		this.indices = indices;
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
			try {
				client.create(c -> c.index(alias())
					.id(Long.toString(numbered.sequence()))
					.document(numbered)
					.refresh(Refresh.True));
				long taken = next;
				lastTaken.accumulateAndGet(taken, Math::max);
				return numbered;
			}
			catch (ElasticsearchException | IOException ex) {
				if (!EngineConflicts.isConflict(ex)) {
					throw ex;
				}
				if (isThisEntry(numbered)) {
					// our own create, sent again: by the client to another node when the
					// first one went away before answering, or by the engine to a new
					// primary; it was kept, under this number
					lastTaken.accumulateAndGet(next, Math::max);
					return numbered;
				}
				// another instance (or thread) took this number: it exists, so the next
				// one is free to try
			}
		}
		throw new IllegalStateException("No free journal position after " + MAX_ATTEMPTS + " attempts");
	}

	/**
	 * Whether the entry under an entry's number is that very entry: the same write of the
	 * same record to the same version at the same instant by the same subject.
	 */
	private boolean isThisEntry(JournalEntry entry) throws IOException {
		GetResponse<JournalEntry> taken = client.get(g -> g.index(alias()).id(Long.toString(entry.sequence())),
				JournalEntry.class);
		if (!taken.found() || taken.source() == null) {
			return false;
		}
		JournalEntry kept = taken.source();
		return kept.kind().equals(entry.kind()) && kept.recordId().equals(entry.recordId())
				&& kept.operation().equals(entry.operation()) && kept.version() == entry.version()
				&& kept.at().equals(entry.at()) && Objects.equals(kept.subject(), entry.subject());
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
		try {
			admin.indices().refresh(r -> r.index(alias()));
			while (true) {
				List<JournalEntry> entries = entries(kind, last);
				if (entries.isEmpty()) {
					break;
				}
				List<BulkOperation> operations = new ArrayList<>();
				entries.forEach(entry -> operations.add(operation(entry, index, null)));
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
	 * Applies an entry to a live index unless the record there already has its version or
	 * a later one (the writer and an import's catch-up may both apply it; a later write
	 * must never be undone by an earlier one).
	 */
	void applyIfNewer(JournalEntry entry, String index) throws IOException {
		GetResponse<ObjectNode> current = client.get(g -> g.index(index).id(entry.recordId()), ObjectNode.class);
		int version = current.found() ? current.source().path("recordVersion").asInt(0) : 0;
		if (current.found() && version >= entry.version()) {
			return;
		}
		if (!current.found() && !JournalEntry.Operation.INDEX.name().equals(entry.operation())) {
			return;
		}
		GetResponse<ObjectNode> guard = current.found() ? current : null;
		// a bulk reports a lost condition per item: then someone else applied it, or
		// wrote after it
		client.bulk(b -> b.operations(operation(entry, current.index(), guard)).refresh(Refresh.True));
	}

	/**
	 * The entry as a bulk operation on an index; the record's version goes with it. With
	 * {@code guard}, only if the record is still as read then.
	 */
	static BulkOperation operation(JournalEntry entry, String index, GetResponse<ObjectNode> guard) {
		Long seqNo = guard == null ? null : guard.seqNo();
		Long primaryTerm = guard == null ? null : guard.primaryTerm();
		return switch (JournalEntry.Operation.valueOf(entry.operation())) {
			case DELETE -> BulkOperation
				.of(o -> o.delete(d -> d.index(index).id(entry.recordId()).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)));
			case INDEX -> BulkOperation.of(o -> o.index(i -> i.index(index)
				.id(entry.recordId())
				.ifSeqNo(seqNo)
				.ifPrimaryTerm(primaryTerm)
				.document(entry.document().deepCopy().put("recordVersion", entry.version()))));
			case MERGE -> BulkOperation.of(o -> o.update(u -> u.index(index)
				.id(entry.recordId())
				.ifSeqNo(seqNo)
				.ifPrimaryTerm(primaryTerm)
				.action(a -> a.doc(entry.document().deepCopy().put("recordVersion", entry.version())))));
		};
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
