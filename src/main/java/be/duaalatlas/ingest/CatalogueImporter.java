package be.duaalatlas.ingest;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.duaalatlas.index.AcceptedWrites;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.FacetValues;
import be.duaalatlas.index.LiveIndex;
import be.duaalatlas.index.PooledConnectionTimeout;
import be.duaalatlas.index.ProgrammeClasses;
import be.duaalatlas.index.ProgrammeFollowers;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.programme.ProgrammeDocument;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The import pipeline: sources → validated documents → bulk into a new version of the
 * kind's index → alias switch when everything went well. A failed or interrupted import
 * leaves the live index exactly as it was.
 */
@Component
public class CatalogueImporter {

	private static final Logger log = LoggerFactory.getLogger(CatalogueImporter.class);

	/** Meta key of a live index telling which kind of import built it. */
	public static final String ORIGIN = "atlas_origin";

	public static final String ORIGIN_SAMPLE = "sample";

	public static final String ORIGIN_COMMAND = "command";

	private final ElasticsearchClient client;

	/**
	 * The same client with the bulk timeout instead of the query path's socket timeout.
	 */
	private final ElasticsearchClient bulkClient;

	private final CatalogueIndices indices;

	private final ImportReports reports;

	private final IngestProperties properties;

	private final CatalogueGeneration generation;

	private final List<AcceptedWrites> acceptedWrites;

	private final Snapshots snapshots;

	private final RunningImports running;

	private final ImportLeases leases;

	private final ProgrammeFollowers programmeFollowers;

	CatalogueImporter(ElasticsearchClient client, CatalogueIndices indices, ImportReports reports,
			IngestProperties properties, CatalogueGeneration generation, List<AcceptedWrites> acceptedWrites,
			PooledConnectionTimeout timeouts, Snapshots snapshots, RunningImports running, ImportLeases leases,
			ProgrammeFollowers programmeFollowers) {
		this.leases = leases;
		this.programmeFollowers = programmeFollowers;
		this.snapshots = snapshots;
		this.running = running;
		this.generation = generation;
		this.acceptedWrites = acceptedWrites;
		this.client = client;
		this.bulkClient = timeouts.within(client, properties.bulkTimeout());
		this.indices = indices;
		this.reports = reports;
		this.properties = properties;
	}

	public ImportContext newContext() {
		return new ImportContext(snapshots, indices);
	}

	/**
	 * Rebuilds a kind from its sources. Skipped (UNCHANGED) when the live index was built
	 * from the same definition and the same source files, unless {@code force}.
	 */
	public ImportReport importKind(String kind, List<SourceBatch> batches, ImportContext context, boolean force) {
		return importKind(kind, batches, context, force, ORIGIN_COMMAND);
	}

	/**
	 * @param origin {@link #ORIGIN_SAMPLE} for the sample catalogue loaded at start,
	 * which then leaves alone the kinds someone imported from other files
	 * ({@link #ORIGIN_COMMAND})
	 */
	public ImportReport importKind(String kind, List<SourceBatch> batches, ImportContext context, boolean force,
			String origin) {
		ImportLeases.Lease lease;
		try {
			lease = leases.acquire(kind);
		}
		catch (IOException | RuntimeException ex) {
			return notStarted(kind, batches, ex);
		}
		try (lease) {
			return importLeased(kind, batches, context, force, origin, lease);
		}
	}

	/**
	 * An import that never started: another held its kind all the while it could wait
	 * (BUSY, counted but not kept), or the engine did not answer (FAILED).
	 */
	private ImportReport notStarted(String kind, List<SourceBatch> batches, Exception why) {
		boolean busy = why instanceof ImportBusyException;
		String now = Instant.now().toString();
		ImportReport report = new ImportReport(UUID.randomUUID().toString(), kind,
				batches.stream().map(b -> b.source().name()).distinct().toList(),
				batches.stream().flatMap(b -> b.inputs().stream()).map(SourceInput::name).toList(),
				busy ? "BUSY" : "FAILED",
				busy ? why.getMessage() : "could not take the import lease: " + why.getMessage(), null, 0, 0, 0,
				List.of(), now, now, 0, 0);
		if (busy) {
			reports.counted(report);
		}
		else {
			reports.save(report);
		}
		log.warn("Import {}", report.summary());
		return report;
	}

	/**
	 * The import, holding the kind's lease: what is live is read only now, so an import
	 * that waited for another one finds its result (UNCHANGED when that one imported the
	 * same files).
	 */
	private ImportReport importLeased(String kind, List<SourceBatch> batches, ImportContext context, boolean force,
			String origin, ImportLeases.Lease lease) {
		String fingerprint = fingerprint(kind + "@" + indices.definitions().get(kind).hash(), batches);
		Optional<LiveIndex> live = indices.live(kind);
		Instant started = Instant.now();
		List<String> sources = batches.stream().map(b -> b.source().name()).distinct().toList();
		List<String> files = batches.stream().flatMap(b -> b.inputs().stream()).map(SourceInput::name).toList();
		// the import command may have replaced the sample while this waited for the lease
		boolean leftToCommand = ORIGIN_SAMPLE.equals(origin) && !force
				&& live.map(l -> ORIGIN_COMMAND.equals(l.meta().get(ORIGIN))).orElse(false);
		if (leftToCommand || !force && live.map(l -> l.sourceFingerprint().equals(fingerprint)).orElse(false)) {
			ImportReport unchanged = new ImportReport(UUID.randomUUID().toString(), kind, sources, files, "UNCHANGED",
					null, live.get().index(), 0, 0, 0, List.of(), started.toString(), Instant.now().toString(), 0, 0);
			log.info("Import {}", unchanged.summary());
			return unchanged;
		}
		String index = indices.createVersion(kind, Map.of("atlas_source_fingerprint", fingerprint, ORIGIN, origin));
		ImportProgress progress = new ImportProgress(kind);
		String failure = null;
		running.started(progress);
		try {
			load(index, batches, context, progress, new PendingMerges(jsonMapper()));
			// first: rows whose bulk request went unanswered (the engine died) were not
			// rejected
			if (progress.failure() != null) {
				throw new ImportFailedException("the engine refused a bulk request: " + progress.failure().getMessage(),
						progress.failure());
			}
			if (progress.importedCount() == 0) {
				// an empty or truncated export must not empty the live catalogue
				throw new ImportFailedException(
						progress.readCount() == 0 ? "the source holds no rows; the live index is kept as it was"
								: "every row was rejected; the live index is kept as it was");
			}
			indices.prepareToGoLive(kind, index);
			// the files hold what the sources say; writes accepted through the API since
			// then go on top, in order, right before the switch: those accepted between
			// the two are caught up after it, and a write meanwhile brings its record
			// up to the journal first (PartnerWrites)
			long[] applied = acceptedWrites.stream().mapToLong(writes -> writes.reapply(kind, index)).toArray();
			// another import took the lease over (this one stopped renewing it): it must
			// not go live over that one's
			lease.check();
			ProgrammeClasses before = classes(kind, context);
			indices.switchAlias(kind, index);
			context.refresh(kind);
			catchUp(kind, applied);
			followProgrammes(before, kind, context);
		}
		catch (IOException | RuntimeException ex) {
			failure = ex.getMessage();
			log.error("Import of {} failed; the live catalogue is unchanged: {}", kind, ex.getMessage());
			dropUnfinished(index);
		}
		finally {
			running.finished(progress);
		}
		Instant finished = Instant.now();
		long millis = Math.max(1, Duration.between(started, finished).toMillis());
		ImportReport report = new ImportReport(UUID.randomUUID().toString(), kind, sources, files,
				failure == null ? "SUCCEEDED" : "FAILED", failure,
				failure == null ? index : live.map(LiveIndex::index).orElse(null), progress.readCount(),
				progress.importedCount(), progress.rejectedCount(), progress.rejections(), started.toString(),
				finished.toString(), millis, progress.importedCount() * 1000.0 / millis);
		reports.save(report);
		log.info("Import {}", report.summary());
		progress.rejections()
			.stream()
			.limit(20)
			.forEach(r -> log.warn("Rejected {}:{}: {}", r.file(), r.line(), r.reason()));
		return report;
	}

	/**
	 * An engine that went away mid-import cannot drop the version either: it stays, never
	 * live, until the kind's next import that goes live drops it with the other old
	 * versions.
	 */
	private void dropUnfinished(String index) {
		try {
			indices.drop(index);
		}
		catch (RuntimeException ex) {
			log.warn("Could not drop the unfinished version {} ({}); the next import of its kind drops it", index,
					ex.getMessage());
		}
	}

	/**
	 * Incremental upsert: the same adapters and validation, but the records go into the
	 * live index, replacing those with the same ids (stable ids from source ids) and
	 * leaving the rest as they are. For partner writes and small corrections; the
	 * catalogue's generation changes, so every instance's caches drop what they hold.
	 */
	public ImportReport upsert(String kind, List<SourceBatch> batches, ImportContext context) {
		ImportLeases.Lease lease;
		try {
			// a full import running meanwhile would go live without these records
			lease = leases.acquire(kind);
		}
		catch (IOException | RuntimeException ex) {
			return notStarted(kind, batches, ex);
		}
		try (lease) {
			return upsertLeased(kind, batches, context);
		}
	}

	private ImportReport upsertLeased(String kind, List<SourceBatch> batches, ImportContext context) {
		Instant started = Instant.now();
		String alias = indices.alias(kind);
		ImportProgress progress = new ImportProgress(kind);
		String failure = null;
		try {
			ProgrammeClasses before = classes(kind, context);
			load(alias, batches, context, progress, null);
			if (progress.failure() != null) {
				throw new ImportFailedException("the engine refused a bulk request: " + progress.failure().getMessage(),
						progress.failure());
			}
			bulkClient.indices().refresh(r -> r.index(alias));
			context.refresh(kind);
			followProgrammes(before, kind, context);
		}
		catch (IOException | RuntimeException ex) {
			failure = ex.getMessage();
			log.error("Upsert into {} failed part-way: {}", kind, ex.getMessage());
		}
		Instant finished = Instant.now();
		long millis = Math.max(1, Duration.between(started, finished).toMillis());
		ImportReport report = new ImportReport(UUID.randomUUID().toString(), kind,
				batches.stream().map(b -> b.source().name()).distinct().toList(),
				batches.stream().flatMap(b -> b.inputs().stream()).map(SourceInput::name).toList(),
				failure == null ? "UPSERTED" : "FAILED", failure, indices.live(kind).map(LiveIndex::index).orElse(null),
				progress.readCount(), progress.importedCount(), progress.rejectedCount(), progress.rejections(),
				started.toString(), finished.toString(), millis, progress.importedCount() * 1000.0 / millis);
		reports.save(report);
		generation.changed();
		log.info("Upsert {}", report.summary());
		return report;
	}

	/**
	 * The new index is live: a failure here must not drop it; the writes it lacks are in
	 * the journal still.
	 */
	private void catchUp(String kind, long[] applied) {
		for (int i = 0; i < applied.length; i++) {
			try {
				acceptedWrites.get(i).catchUp(kind, applied[i]);
			}
			catch (RuntimeException ex) {
				log.error("Writes accepted during the import of {} could not be re-applied; the next import will: {}",
						kind, ex.getMessage());
			}
		}
	}

	/** The live programmes' classification before an import of programmes, else null. */
	private static ProgrammeClasses classes(String kind, ImportContext context) {
		return kind.equals(ProgrammeDocument.KIND) ? ProgrammeClasses.of(context.records(kind).values()) : null;
	}

	/**
	 * After programmes went live: the records that name a programme whose classification
	 * changed count for its new one in the facets. A failure leaves them counting for the
	 * old one until the next import of programmes; the new programmes stay live.
	 */
	private void followProgrammes(ProgrammeClasses before, String kind, ImportContext context) {
		if (before == null) {
			return;
		}
		try {
			programmeFollowers.follow(before, ProgrammeClasses.of(context.records(kind).values()));
		}
		catch (IOException | RuntimeException ex) {
			log.error("The facet values of records naming re-classified programmes could not be written: {}",
					ex.getMessage());
		}
	}

	/**
	 * @param pending for a new index: the fields that sources adding to other sources'
	 * records (availability) give, read first and merged into the records before they are
	 * written, because an update of a written document leaves a deleted copy of it in the
	 * index; null for upserts into the live index, where the records are already there
	 */
	private void load(String index, List<SourceBatch> batches, ImportContext context, ImportProgress progress,
			PendingMerges pending) throws IOException {
		List<SourceBatch> writing = batches;
		if (pending != null) {
			for (SourceBatch batch : batches) {
				if (batch.source().addsToOtherSources()) {
					batch.source().readAll(batch.inputs(), context, input -> pending.sink(input, progress));
				}
			}
			writing = batches.stream().filter(batch -> !batch.source().addsToOtherSources()).toList();
		}
		// one ingester per source, closed (all its requests answered) before the next
		// source starts: a source that
		// adds fields to another's records must find them there, and bulk requests in
		// flight have no order
		com.fasterxml.jackson.databind.ObjectMapper json = jsonMapper();
		for (SourceBatch batch : writing) {
			try (BulkIngester<RowOrigin> bulk = BulkIngester.of(b -> b.client(bulkClient)
				.maxOperations(properties.bulkOperations())
				.maxSize(properties.bulkBytes())
				.maxConcurrentRequests(properties.bulkConcurrency())
				.listener(new ProgressListener(progress)))) {
				batch.source()
					.readAll(batch.inputs(), context,
							input -> new BulkSink(bulk, index, input, progress, pending, json, context.facetValues()));
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new ImportFailedException("interrupted");
			}
		}
		if (pending != null) {
			pending.unclaimed(progress);
		}
	}

	private com.fasterxml.jackson.databind.ObjectMapper jsonMapper() {
		return client._jsonpMapper() instanceof co.elastic.clients.json.jackson.JacksonJsonpMapper jackson
				? jackson.objectMapper() : new com.fasterxml.jackson.databind.ObjectMapper();
	}

	private static String fingerprint(String kind, List<SourceBatch> batches) {
		StringBuilder text = new StringBuilder(kind);
		for (SourceBatch batch : batches) {
			text.append('|').append(batch.source().name());
			batch.inputs().forEach(input -> {
				text.append(':').append(input.fingerprint());
				batch.source().companions(input).forEach(companion -> text.append('+').append(companion.fingerprint()));
			});
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where a bulk operation's row came from, so that an engine refusal points at its
	 * file and line.
	 */
	private record RowOrigin(String file, long line, String id) {
	}

	/**
	 * Hands an adapter's rows to the bulk ingester; the context of each operation is
	 * where its row came from.
	 */
	private record BulkSink(BulkIngester<RowOrigin> bulk, String index, SourceInput input, ImportProgress progress,
			PendingMerges pending, com.fasterxml.jackson.databind.ObjectMapper json,
			FacetValues facetValues) implements RowSink {

		@Override
		public void index(String id, Object document, long line) {
			progress.read();
			Object whole = pending == null ? document : pending.applyTo(id, document, progress);
			// the facet values of the record as written (a merge below adds availability
			// only, which no facet value depends on)
			ObjectNode merged = facetValues.addTo(whole instanceof ObjectNode node ? node : json.valueToTree(whole));
			bulk.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(merged))),
					new RowOrigin(input.name(), line, id));
		}

		@Override
		public void merge(String id, Object partialDocument, long line) {
			progress.read();
			bulk.add(BulkOperation.of(o -> o.update(u -> u.index(index).id(id).action(a -> a.doc(partialDocument)))),
					new RowOrigin(input.name(), line, id));
		}

		@Override
		public void reject(long line, String reason) {
			progress.read();
			progress.reject(new Rejection(input.name(), line, reason));
		}

	}

	/**
	 * Counts what the engine accepted; an item it refused becomes a rejected row with the
	 * engine's reason.
	 */
	private record ProgressListener(ImportProgress progress) implements BulkListener<RowOrigin> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<RowOrigin> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<RowOrigin> contexts, BulkResponse response) {
			long ok = 0;
			List<BulkResponseItem> items = response.items();
			for (int i = 0; i < items.size(); i++) {
				BulkResponseItem item = items.get(i);
				if (item.error() == null) {
					ok++;
				}
				else {
					RowOrigin where = contexts.get(i);
					String reason = "document_missing_exception".equals(item.error().type())
							? "no record with id '" + where.id() + "' to add these fields to"
							: "refused by the engine: " + item.error().reason();
					progress.reject(new Rejection(where.file(), where.line(), reason));
				}
			}
			progress.imported(ok);
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<RowOrigin> contexts, Throwable failure) {
			progress.fail(failure);
		}

	}

}
