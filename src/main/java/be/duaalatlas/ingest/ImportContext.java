package be.duaalatlas.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.FacetValues;
import be.duaalatlas.index.ProgrammeClasses;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.place.PlaceLookup;
import be.duaalatlas.programme.ProgrammeDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What adapters validate against: the records of other kinds that are live now (programme
 * codes, places, stakeholders), read once per import run.
 */
public final class ImportContext {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROGRAMMES = ProgrammeDocument.KIND;

	private final Snapshots snapshots;

	private final CatalogueIndices indices;

	private final Instant startedAt = Instant.now();

	private final Map<String, Map<String, ObjectNode>> liveRecords = new ConcurrentHashMap<>();

	private final Map<String, Object> memos = new ConcurrentHashMap<>();

	ImportContext(Snapshots snapshots, CatalogueIndices indices) {
		this.snapshots = snapshots;
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
	 * The facet values of the records this run writes, with the classification of the
	 * live programmes (read again after programmes were re-imported in the same run).
	 */
	public FacetValues facetValues() {
		return memo(PROGRAMMES + ":facetValues",
				() -> new FacetValues(ProgrammeClasses.of(records(PROGRAMMES).values())));
	}

	/** The live gazetteer by postcode, for adapters that place records. */
	public PlaceLookup places() {
		return memo(PlaceDocument.KIND + ":byPostcode",
				() -> PlaceLookup.of(records(PlaceDocument.KIND).values()
					.stream()
					.map(place -> JSON.convertValue(place, PlaceDocument.class))
					.toList()));
	}

	/**
	 * Forgets what was read of a kind (after that kind was re-imported in the same run).
	 */
	void refresh(String kind) {
		liveRecords.remove(kind);
		memos.keySet().removeIf(key -> key.startsWith(kind + ":"));
	}

	/** Reference kinds are small (places, programmes, stakeholders): read whole. */
	private Map<String, ObjectNode> load(String kind) {
		return snapshots.byId(indices.alias(kind), ObjectNode.class);
	}

}
