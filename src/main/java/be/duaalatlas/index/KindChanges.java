package be.duaalatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.stereotype.Component;

/**
 * One kind's generation and last change, for answers about a whole kind (the open-data
 * export): the versioned index behind its alias, how many import reports and journal
 * entries name it (both only grow: every import and every write through the API leaves
 * one) and the day (publication windows), in two engine requests. Finer than
 * {@link CatalogueGeneration}: a write to one kind leaves the others' unchanged.
 */
@Component
public class KindChanges {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final IndexProperties properties;

	private final PooledConnectionTimeout timeouts;

	KindChanges(ElasticsearchClient client, CatalogueIndices indices, IndexProperties properties,
			PooledConnectionTimeout timeouts) {
		this.client = client;
		this.indices = indices;
		this.properties = properties;
		this.timeouts = timeouts;
	}

	/**
	 * @param generation a short hash, the same for the same kind's state on every
	 * instance
	 * @param lastChange when its last import finished or its last write was journaled,
	 * whichever is later; null when neither is known
	 */
	public record KindChange(String generation, Instant lastChange) {
	}

	/**
	 * The kind's generation and last change, each engine request within {@code timeout}.
	 */
	public KindChange of(String kind, Duration timeout) {
		ElasticsearchClient bounded = timeouts.within(client, timeout);
		String alias = indices.alias(kind);
		try {
			String live = String.join(",", bounded.indices().getAlias(g -> g.name(alias)).result().keySet());
			SearchResponse<Void> traces = bounded
				.search(s -> s.index(properties.prefix() + "import-reports", properties.prefix() + "write-journal")
					.ignoreUnavailable(true)
					.size(0)
					.trackTotalHits(t -> t.enabled(true))
					.query(q -> q.term(t -> t.field("kind").value(kind)))
					.aggregations("imported", a -> a.max(m -> m.field("finishedAt")))
					.aggregations("written", a -> a.max(m -> m.field("at"))), Void.class);
			long count = traces.hits().total() == null ? 0 : traces.hits().total().value();
			Instant last = later(epochMillis(traces.aggregations().get("imported")),
					epochMillis(traces.aggregations().get("written")));
			String state = live + "|" + count + "|" + last + "|" + CatalogueGeneration.today();
			return new KindChange(hash(state), last);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant epochMillis(Aggregate max) {
		if (max == null || !max.isMax() || Double.isNaN(max.max().value()) || Double.isInfinite(max.max().value())) {
			return null;
		}
		return Instant.ofEpochMilli((long) max.max().value());
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private static String hash(String state) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
