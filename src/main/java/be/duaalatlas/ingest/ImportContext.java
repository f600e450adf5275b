package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.Provenance;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What adapters validate against: the records of other kinds that are live now (programme
 * codes, places, stakeholders), read once per import run.
 */
public final class ImportContext {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final Instant startedAt = Instant.now();

	private final Map<String, Map<String, ObjectNode>> liveRecords = new ConcurrentHashMap<>();

	private final Map<String, Object> memos = new ConcurrentHashMap<>();

	ImportContext(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	/**
	 * A context over fixed records instead of the live indices, for adapter unit tests:
	 * {@code records} maps a kind to its records by id. Every kind an adapter looks up
	 * must be given (an empty map for "none").
	 */
	public static ImportContext forTest(Map<String, Map<String, ObjectNode>> records) {
		ImportContext context = new ImportContext(null, null);
		records.forEach((kind, byId) -> context.liveRecords.put(kind, Map.copyOf(byId)));
		return context;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Provenance provenance(String source, String recordId, SourceInput input, long line, String changedAt) {
		return new Provenance(source, recordId, input.name(), (int) line, changedAt, startedAt.toString());
	}

	/**
	 * A live record of another kind by id, e.g.
	 * {@code find("programmes", "kapper-duaal")}.
	 */
	public Optional<ObjectNode> find(String kind, String id) {
		return Optional.ofNullable(records(kind).get(id));
	}

	public boolean exists(String kind, String id) {
		return records(kind).containsKey(id);
	}

	public Map<String, ObjectNode> records(String kind) {
		return liveRecords.computeIfAbsent(kind, this::load);
	}

	/**
	 * A value derived once per run from the live records, e.g. an index of places by
	 * postcode.
	 */
	@SuppressWarnings("unchecked")
	public <T> T memo(String key, java.util.function.Supplier<T> compute) {
		return (T) memos.computeIfAbsent(key, k -> compute.get());
	}

	/**
	 * Forgets what was read of a kind (after that kind was re-imported in the same run).
	 */
	void refresh(String kind) {
		liveRecords.remove(kind);
		memos.keySet().removeIf(key -> key.startsWith(kind + ":"));
	}

	/**
	 * Reference kinds are small (places, programmes, stakeholders): page through them
	 * with search_after.
	 */
	private Map<String, ObjectNode> load(String kind) {
		Map<String, ObjectNode> records = new HashMap<>();
		String alias = indices.alias(kind);
		try {
			FieldValue after = null;
			while (true) {
				FieldValue from = after;
				SearchResponse<ObjectNode> page = client.search(s -> {
					s.index(alias)
						.size(5000)
						.sort(o -> o.field(f -> f.field("provenance.recordId").order(SortOrder.Asc)));
					if (from != null) {
						s.searchAfter(from);
					}
					return s;
				}, ObjectNode.class);
				for (Hit<ObjectNode> hit : page.hits().hits()) {
					records.put(hit.id(), hit.source());
				}
				if (page.hits().hits().size() < 5000) {
					return records;
				}
				after = page.hits().hits().get(page.hits().hits().size() - 1).sort().get(0);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
