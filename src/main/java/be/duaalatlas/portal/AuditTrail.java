package be.duaalatlas.portal;

import java.io.IOException;

import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The audit trail of writes through the API, in the engine (index {@code audit}),
 * readable by every instance.
 */
@Component
class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	static final String INDEX = "audit";

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	AuditTrail(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	/**
	 * Keeps an entry, searchable at once. A failure to keep it is logged, not thrown: the
	 * write's own outcome (an accepted write is in the journal already, a refused one
	 * changed nothing) is what the caller must hear.
	 */
	void record(AuditRecord entry) {
		try {
			client.index(i -> i.index(indices.alias(INDEX)).id(entry.id()).document(entry).refresh(Refresh.True));
		}
		catch (IOException | RuntimeException ex) {
			log.error("Audit entry not kept ({} {} {} by {} for {}): {}", entry.outcome(), entry.operation(),
					entry.recordId(), entry.subject(), entry.organisation(), ex.getMessage());
		}
	}

	/** Newest first; only one organisation's when {@code organisation} is given. */
	SearchResponse<AuditRecord> page(String organisation, PageRequest page) throws IOException {
		return client.search(s -> {
			s.index(indices.alias(INDEX))
				.size(page.first() + 1)
				.sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)))
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
			if (organisation != null) {
				s.query(q -> q.term(t -> t.field("organisation").value(organisation)));
			}
			if (page.after() != null) {
				s.searchAfter(page.after());
			}
			return s;
		}, AuditRecord.class);
	}

}
