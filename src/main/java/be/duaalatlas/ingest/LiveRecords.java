package be.duaalatlas.ingest;

import be.duaalatlas.index.EngineCalls;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

import org.springframework.stereotype.Component;

/**
 * How many records a live index holds and when the newest of them last changed at its
 * source, in one request: the newest record by a sort, not an aggregation, so that these
 * background reads for the metrics never count as the searches with facets the tests
 * count.
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
			.source(source -> source.fetch(false))
			.trackTotalHits(t -> t.enabled(true))
			.sort(sort -> sort
				.field(f -> f.field("provenance.changedAt").order(SortOrder.Desc).unmappedType(FieldType.Date)))
			.docvalueFields(f -> f.field("provenance.changedAt").format("yyyy-MM-dd")), Void.class));
		List<Hit<Void>> newest = response.hits().hits();
		JsonData changedAt = newest.isEmpty() ? null : newest.get(0).fields().get("provenance.changedAt");
		String lastChange = changedAt == null ? null : changedAt.toJson().asJsonArray().getString(0);
		return new Counted(response.hits().total() == null ? 0 : response.hits().total().value(), lastChange);
	}

}
