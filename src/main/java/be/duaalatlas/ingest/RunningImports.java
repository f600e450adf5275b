package be.duaalatlas.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import be.duaalatlas.index.CatalogueIndices;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The full imports this instance runs now, per kind, as gauges (docs/metrics.md): an
 * operator sees a long import progress, or hang, before its report exists. Held in
 * memory, so a scrape never calls the engine.
 */
@Component
class RunningImports implements MeterBinder {

	private final CatalogueIndices indices;

	private final Map<String, ImportProgress> running = new ConcurrentHashMap<>();

	RunningImports(CatalogueIndices indices) {
		this.indices = indices;
	}

	void started(ImportProgress progress) {
		running.put(progress.kind(), progress);
	}

	void finished(ImportProgress progress) {
		running.remove(progress.kind(), progress);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String kind : indices.definitions().catalogueKinds()) {
			Gauge.builder("atlas.import.running", () -> running.containsKey(kind) ? 1 : 0)
				.tag("kind", kind)
				.description("1 while this instance runs a full import of the kind, else 0")
				.register(registry);
			Gauge.builder("atlas.import.running.rows", () -> {
				ImportProgress progress = running.get(kind);
				return progress == null ? 0 : progress.readCount();
			}).tag("kind", kind).description("rows the running import of the kind has read so far").register(registry);
		}
	}

}
