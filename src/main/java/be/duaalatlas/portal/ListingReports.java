package be.duaalatlas.portal;

import java.io.IOException;

import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.stereotype.Component;

/**
 * The reports about public records ("this is wrong", "this is my data, remove it"), kept
 * in the engine (index {@code listing-reports}) for the organisation that owns the
 * record; no import ever rebuilds it. A report holds what the reporter typed and nothing
 * about the reporter.
 */
@Component
class ListingReports {

	static final String INDEX = "listing-reports";

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	ListingReports(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	void keep(Report report) throws IOException {
		client.index(i -> i.index(indices.alias(INDEX)).id(report.id()).document(report).refresh(Refresh.True));
	}

	/**
	 * Newest first: the reports about an organisation's records, and, for an editor, the
	 * reports about texts no organisation owns (shared by every editor).
	 */
	SearchResponse<Report> about(String owner, boolean sharedTexts, PageRequest page) throws IOException {
		return client.search(s -> {
			s.index(indices.alias(INDEX)).size(page.first() + 1).query(q -> q.bool(b -> {
				b.should(x -> x.term(t -> t.field("owner").value(owner)));
				if (sharedTexts) {
					b.should(x -> x.bool(shared -> shared
						.filter(f -> f.term(t -> t.field("kind").value(Kind.KEY_MESSAGE.indexKind())))
						.mustNot(m -> m.exists(e -> e.field("owner")))));
				}
				return b.minimumShouldMatch("1");
			}))
				.sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
			if (page.after() != null) {
				s.searchAfter(page.after());
			}
			return s;
		}, Report.class);
	}

	/**
	 * One report as kept.
	 *
	 * @param record the global id of the record reported
	 * @param kind the record's index kind, {@code recordId} its id there
	 * @param owner the organisation that owns it; absent for a text shared by every
	 * editor
	 * @param reason a {@code ListingReportReason}
	 * @param comment what the reporter typed, if anything
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Report(String id, String at, String record, String kind, String recordId, String owner, String reason,
			String comment) {
	}

}
