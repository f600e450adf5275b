package be.duaalatlas.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineCalls;
import be.duaalatlas.index.PooledConnectionTimeout;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Every record of a kind that a public read shows, read page by page through a point in
 * time (one consistent view of the kind, no 10,000-hit window) and handed on page by
 * page, so that a whole kind is never held in memory: the open-data export's read. The
 * same rules as every search ({@link Listing}, {@link Publication}); only the given
 * source fields leave the engine.
 */
@Component
public class PublicRecords {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final PooledConnectionTimeout timeouts;

	PublicRecords(ElasticsearchClient client, CatalogueIndices indices, PooledConnectionTimeout timeouts) {
		this.client = client;
		this.indices = indices;
		this.timeouts = timeouts;
	}

	/**
	 * Hands every public record of {@code indexKind} (matching {@code only}, if given) to
	 * {@code page}, {@code pageSize} at a time in index order; each engine request
	 * bounded by {@code timeout}. Returns how many there were.
	 */
	public long forEach(String indexKind, Query only, List<String> fields, int pageSize, Duration timeout,
			Consumer<List<Hit<ObjectNode>>> page) {
		ElasticsearchClient bounded = timeouts.within(client, timeout);
		String keepAlive = Math.max(1, timeout.toSeconds() * 6) + "s";
		String pit = EngineCalls.call(
				() -> bounded.openPointInTime(o -> o.index(indices.alias(indexKind)).keepAlive(k -> k.time(keepAlive))))
			.id();
		Query shown = shown(only, Publication.today());
		long count = 0;
		try {
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<ObjectNode> response = EngineCalls.call(() -> bounded.search(s -> {
					s.pit(p -> p.id(pit).keepAlive(k -> k.time(keepAlive)))
						.query(shown)
						.source(src -> src.filter(f -> f.includes(fields)))
						.size(pageSize)
						.sort(o -> o.field(f -> f.field("_shard_doc")))
						.timeout(timeout.toMillis() + "ms")
						.trackTotalHits(t -> t.enabled(false));
					return from == null ? s : s.searchAfter(from);
				}, ObjectNode.class));
				List<Hit<ObjectNode>> hits = response.hits().hits();
				if (Boolean.TRUE.equals(response.timedOut())) {
					throw new IllegalStateException(
							"the engine stopped a page of " + indexKind + " at its time budget");
				}
				if (!hits.isEmpty()) {
					page.accept(hits);
					count += hits.size();
				}
				if (hits.size() < pageSize) {
					return count;
				}
				after = hits.get(hits.size() - 1).sort();
			}
		}
		finally {
			EngineCalls.call(() -> bounded.closePointInTime(c -> c.id(pit)));
		}
	}

	/** How many public records of {@code indexKind} (matching {@code only}) there are. */
	public long count(String indexKind, Query only, Duration timeout) {
		ElasticsearchClient bounded = timeouts.within(client, timeout);
		Query shown = shown(only, Publication.today());
		return EngineCalls.call(() -> bounded.count(c -> c.index(indices.alias(indexKind)).query(shown))).count();
	}

	private static Query shown(Query only, LocalDate today) {
		return Query.of(q -> q.bool(b -> {
			b.filter(Publication.shownOn(today)).filter(Listing.listedOnly());
			return only == null ? b : b.filter(only);
		}));
	}

}
