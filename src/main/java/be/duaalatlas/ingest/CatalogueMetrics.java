package be.duaalatlas.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import be.duaalatlas.index.BackgroundReads;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.IndexDefinitions;
import be.duaalatlas.index.IndexState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * Per catalogue kind: its records and its last import (outcome and time), as gauges
 * (docs/metrics.md). The engine is read in the background ({@link BackgroundReads}),
 * never on a scrape.
 */
@Component
class CatalogueMetrics implements MeterBinder {

	private final CatalogueIndices indices;

	private final Supplier<Map<String, Facts>> facts;

	CatalogueMetrics(CatalogueIndices indices, LiveRecords records, ImportReports reports, BackgroundReads reads) {
		this.indices = indices;
		this.facts = reads.every("the records and imports per kind", () -> read(indices, records, reports));
	}

	/**
	 * @param lastImportSucceeded 1, 0 (FAILED) or NaN (no import reported)
	 * @param lastImportFinished seconds since the epoch, or NaN
	 */
	private record Facts(double records, double lastImportSucceeded, double lastImportFinished) {
	}

	private static Map<String, Facts> read(CatalogueIndices indices, LiveRecords records, ImportReports reports) {
		Map<String, Facts> read = new HashMap<>();
		for (IndexState state : indices.states()) {
			if (!IndexDefinitions.isCatalogueKind(state.kind())) {
				continue;
			}
			double count = state.liveIndex() == null ? 0 : records.count(state.alias()).records();
			List<ImportReport> last = reports.latest(state.kind(), 1);
			double succeeded = last.isEmpty() ? Double.NaN : last.get(0).succeeded() ? 1 : 0;
			double finished = last.isEmpty() || last.get(0).finishedAt() == null ? Double.NaN
					: Instant.parse(last.get(0).finishedAt()).getEpochSecond();
			read.put(state.kind(), new Facts(count, succeeded, finished));
		}
		return read;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String kind : indices.definitions().catalogueKinds()) {
			gauge(registry, "atlas.catalogue.records", kind, Facts::records, "records in the kind's live index");
			gauge(registry, "atlas.import.last.succeeded", kind, Facts::lastImportSucceeded,
					"1 when the kind's last import went through (SUCCEEDED or UNCHANGED), 0 when it FAILED");
			gauge(registry, "atlas.import.last.finished", kind, Facts::lastImportFinished,
					"when the kind's last import finished, seconds since the epoch");
		}
	}

	private void gauge(MeterRegistry registry, String name, String kind, ToDoubleFunction<Facts> value,
			String description) {
		Gauge.builder(name, () -> {
			Map<String, Facts> now = facts.get();
			Facts of = now == null ? null : now.get(kind);
			return of == null ? Double.NaN : value.applyAsDouble(of);
		}).tag("kind", kind).description(description).register(registry);
	}

}
