package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/** Import reports kept in the engine, readable by every service instance. */
@Component
public class ImportReports {

	static final String KIND = "import-reports";

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	ImportReports(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	void save(ImportReport report) {
		try {
			client.index(i -> i.index(indices.alias(KIND)).id(report.id()).document(report).refresh(Refresh.True));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
