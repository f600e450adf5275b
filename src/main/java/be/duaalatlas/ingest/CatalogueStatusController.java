package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.IndexState;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code catalogueStatus}: per kind, its live index, record count, sources, last import
 * and last change.
 */
@Controller
class CatalogueStatusController {

	private final CatalogueIndices indices;

	private final ImportReports reports;

	private final CatalogueGeneration generation;

	private final ElasticsearchClient client;

	CatalogueStatusController(CatalogueIndices indices, ImportReports reports, CatalogueGeneration generation,
			ElasticsearchClient client) {
		this.indices = indices;
		this.reports = reports;
		this.generation = generation;
		this.client = client;
	}

	@QueryMapping
	Status catalogueStatus() {
		List<KindStatus> kinds = new ArrayList<>();
		for (IndexState state : indices.states()) {
			if (state.kind().equals(ImportReports.KIND)) {
				continue;
			}
			Optional<ImportReport> last = reports.latest(state.kind(), 20)
				.stream()
				.filter(r -> "SUCCEEDED".equals(r.status()))
				.findFirst();
			SearchResponse<Void> counts = count(state.alias());
			Aggregate changed = counts.aggregations().get("lastChange");
			String lastChange = changed.max().valueAsString();
			kinds.add(new KindStatus(state.kind(), state.liveIndex(),
					counts.hits().total() == null ? 0 : counts.hits().total().value(),
					last.map(ImportReport::sources).orElse(List.of()), last.map(ImportReport::finishedAt).orElse(null),
					lastChange, state.definitionCurrent()));
		}
		return new Status(generation.current(), kinds);
	}

	private SearchResponse<Void> count(String alias) {
		try {
			return client.search(s -> s.index(alias)
				.size(0)
				.trackTotalHits(t -> t.enabled(true))
				.aggregations("lastChange", a -> a.max(m -> m.field("provenance.changedAt").format("yyyy-MM-dd"))),
					Void.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Status(String generation, List<KindStatus> kinds) {
	}

	record KindStatus(String kind, String liveIndex, long records, List<String> sources, String lastSuccessfulImport,
			String lastChange, boolean definitionCurrent) {
	}

}
