package be.duaalatlas.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/**
 * Whole small kinds held in memory (the gazetteer, the programmes' classification, the
 * role map): every document of a kind, read page by page through a point in time (so no
 * 10,000-hit window cuts it short), and turned into what the reader needs once per
 * catalogue generation, so that no instance holds a view more than
 * {@link CatalogueGeneration#RECHECK} older than an import.
 */
@Component
public class Snapshots {

	static final int PAGE = 1_000;

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	/** The rebuilds' client: its requests bounded as the generation's own reads. */
	private final ElasticsearchClient rebuilds;

	private final List<View<?, ?>> views = new CopyOnWriteArrayList<>();

	Snapshots(ElasticsearchClient client, CatalogueIndices indices, CatalogueGeneration generation,
			PooledConnectionTimeout timeouts) {
		this.client = client;
		this.indices = indices;
		this.rebuilds = timeouts.within(client, CatalogueGeneration.READ_TIMEOUT);
		generation.follow(this::rebuild);
	}

	/**
	 * A view built from every document of a kind, built again when the catalogue's
	 * generation changes.
	 */
	public <D, T> Snapshot<T> of(String kind, Class<D> type, Function<List<D>, T> build) {
		View<D, T> view = new View<>(kind, type, build);
		views.add(view);
		return view::get;
	}

	/** Every document of an index or alias, in index order. */
	<D> List<D> all(String index, Class<D> type) {
		return new ArrayList<>(byId(client, index, type).values());
	}

	/**
	 * Rebuilds every view built so far, each kind read once; on the generation's reader
	 * thread.
	 */
	private void rebuild() {
		Map<List<Object>, List<?>> read = new HashMap<>();
		for (View<?, ?> view : views) {
			view.rebuild(read);
		}
	}

	/**
	 * Every document of an index or alias by id, in index order: the one whole-index read
	 * (views here, the records an import validates against in {@code ingest}).
	 */
	public <D> Map<String, D> byId(String index, Class<D> type) {
		return byId(client, index, type);
	}

	private static <D> Map<String, D> byId(ElasticsearchClient client, String index, Class<D> type) {
		String pit = EngineCalls.call(() -> client.openPointInTime(o -> o.index(index).keepAlive(k -> k.time("1m"))))
			.id();
		try {
			Map<String, D> all = new LinkedHashMap<>();
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<D> page = EngineCalls.call(() -> client.search(s -> {
					s.pit(p -> p.id(pit).keepAlive(k -> k.time("1m")))
						.size(PAGE)
						.sort(o -> o.field(f -> f.field("_shard_doc")))
						.trackTotalHits(t -> t.enabled(false));
					return from == null ? s : s.searchAfter(from);
				}, type));
				List<Hit<D>> hits = page.hits().hits();
				hits.forEach(hit -> all.put(hit.id(), hit.source()));
				if (hits.size() < PAGE) {
					return all;
				}
				after = hits.get(hits.size() - 1).sort();
			}
		}
		finally {
			EngineCalls.call(() -> client.closePointInTime(c -> c.id(pit)));
		}
	}

	/** A view and how it is built; null until first read. */
	private final class View<D, T> {

		private final String kind;

		private final Class<D> type;

		private final Function<List<D>, T> build;

		private volatile T held;

		View(String kind, Class<D> type, Function<List<D>, T> build) {
			this.kind = kind;
			this.type = type;
			this.build = build;
		}

		T get() {
			T now = held;
			if (now == null) {
				synchronized (this) {
					if (held == null) {
						held = build.apply(all(indices.alias(kind), type));
					}
					now = held;
				}
			}
			return now;
		}

		/**
		 * Under the lock of the first build: one in flight (which may have read the
		 * catalogue before the change) is rebuilt when it is done.
		 */
		@SuppressWarnings("unchecked")
		synchronized void rebuild(Map<List<Object>, List<?>> read) {
			if (held == null) {
				return;
			}
			String alias = indices.alias(kind);
			List<D> documents = (List<D>) read.computeIfAbsent(List.of(alias, type),
					key -> new ArrayList<>(byId(rebuilds, alias, type).values()));
			held = build.apply(new ArrayList<>(documents));
		}

	}

	/**
	 * A view of a whole kind, of the catalogue generation last made known (or newer).
	 */
	@FunctionalInterface
	public interface Snapshot<T> {

		T get();

	}

}
