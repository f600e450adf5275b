package be.duaalatlas.ingest;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.IndexDefinitions;
import be.duaalatlas.index.IndexState;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * {@code catalogueStatus}: per kind, its record count, sources, last import and last
 * change; its live index only to the MANAGEMENT right (index names are the engine's
 * layout, no public answer shows them; the field is deprecated).
 */
@Controller
class CatalogueStatusController {

	private final CatalogueIndices indices;

	private final ImportReports reports;

	private final CatalogueGeneration generation;

	private final LiveRecords records;

	CatalogueStatusController(CatalogueIndices indices, ImportReports reports, CatalogueGeneration generation,
			LiveRecords records) {
		this.indices = indices;
		this.reports = reports;
		this.generation = generation;
		this.records = records;
	}

	@QueryMapping
	Status catalogueStatus(@Nullable Principal principal) {
		boolean management = principal instanceof Authentication authentication
				&& Caller.of(authentication).filter(caller -> caller.has(Right.MANAGEMENT)).isPresent();
		List<KindStatus> kinds = new ArrayList<>();
		for (IndexState state : indices.states()) {
			if (!IndexDefinitions.isCatalogueKind(state.kind())) {
				continue;
			}
			Optional<ImportReport> last = reports.latest(state.kind(), 20)
				.stream()
				.filter(r -> "SUCCEEDED".equals(r.status()))
				.findFirst();
			LiveRecords.Counted counted = records.count(state.alias());
			kinds.add(new KindStatus(state.kind(), management ? state.liveIndex() : null, counted.records(),
					last.map(ImportReport::sources).orElse(List.of()), last.map(ImportReport::finishedAt).orElse(null),
					counted.lastChange(), state.definitionCurrent()));
		}
		return new Status(generation.current(), kinds);
	}

	record Status(String generation, List<KindStatus> kinds) {
	}

	record KindStatus(String kind, String liveIndex, long records, List<String> sources, String lastSuccessfulImport,
			String lastChange, boolean definitionCurrent) {
	}

}
