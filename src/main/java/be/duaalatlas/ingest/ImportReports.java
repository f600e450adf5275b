package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import io.micrometer.core.instrument.MeterRegistry;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** Import reports kept in the engine, readable by every service instance. */
@Component
public class ImportReports {

	static final String KIND = "import-reports";

	private static final Logger log = LoggerFactory.getLogger(ImportReports.class);

	/** Reports not saved yet: the newest are kept. */
	private static final int MAX_UNSAVED = 100;

	private final Deque<ImportReport> unsaved = new ArrayDeque<>();

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final MeterRegistry meters;

	ImportReports(ElasticsearchClient client, CatalogueIndices indices, MeterRegistry meters) {
		this.client = client;
		this.indices = indices;
		this.meters = meters;
	}

	/**
	 * Counts an outcome without keeping it: a BUSY import did nothing, so the kind's last
	 * kept report still says how its catalogue was built.
	 */
	void counted(ImportReport report) {
		// every import of this instance ends here, whatever its outcome (docs/metrics.md)
		meters.counter("atlas.imports", "kind", report.kind(), "status", report.status()).increment();
		meters.counter("atlas.import.rejected.rows", "kind", report.kind()).increment(report.rejected());
	}

	/**
	 * Saves the report; one the engine cannot take now (it went away mid-import) is kept
	 * and saved with the next, so that an interrupted import is reported FAILED once the
	 * engine is back.
	 */
	void save(ImportReport report) {
		counted(report);
		synchronized (unsaved) {
			if (unsaved.size() == MAX_UNSAVED) {
				unsaved.poll();
			}
			unsaved.add(report);
			try {
				while (!unsaved.isEmpty()) {
					ImportReport next = unsaved.peek();
					client.index(i -> i.index(indices.alias(KIND)).id(next.id()).document(next).refresh(Refresh.True));
					unsaved.poll();
				}
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Import report of {} kept in memory until the engine takes it ({} waiting): {}", report.kind(),
						unsaved.size(), ex.getMessage());
			}
		}
	}

	/** The newest reports first, optionally of one kind. */
	public List<ImportReport> latest(String kind, int count) {
		try {
			return client.search(s -> {
				s.index(indices.alias(KIND))
					.size(count)
					.sort(o -> o.field(f -> f.field("finishedAt").order(SortOrder.Desc)));
				if (kind != null) {
					s.query(q -> q.term(t -> t.field("kind").value(kind)));
				}
				return s;
			}, ImportReport.class).hits().hits().stream().map(Hit::source).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
