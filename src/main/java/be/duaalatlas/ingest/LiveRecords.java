package be.duaalatlas.ingest;

import be.duaalatlas.index.EngineCalls;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.stereotype.Component;

/**
 * How many records a live index holds and when the newest of them last changed at its
 * source, in one request: the count and the first hit sorted by that date, not an
 * aggregation, so that the searches with aggregations a test counts are the facets' alone
 * (this runs in the background, for the metrics).
 */
@Component
class LiveRecords {

	private final ElasticsearchClient client;

	LiveRecords(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * @param lastChange the latest {@code provenance.changedAt} (YYYY-MM-DD), or null
	 */
	record Counted(long records, String lastChange) {
	}

	Counted count(String alias) {
		SearchResponse<Void> response = EngineCalls.call(() -> client.search(s -> s.index(alias)
			.size(1)
			.source(src -> src.fetch(false))
			.trackTotalHits(t -> t.enabled(true))
			.docvalueFields(f -> f.field("provenance.changedAt").format("yyyy-MM-dd"))
			.sort(o -> o.field(f -> f.field("provenance.changedAt")
				.order(SortOrder.Desc)
				.missing("_last")
				.unmappedType(FieldType.Date))), Void.class));
		var newest = response.hits().hits().isEmpty() ? null
				: response.hits().hits().get(0).fields().get("provenance.changedAt");
		return new Counted(response.hits().total() == null ? 0 : response.hits().total().value(),
				newest == null ? null : newest.toJson().asJsonArray().getString(0));
	}

}
