package be.duaalatlas.ingest;

import be.duaalatlas.index.EngineCalls;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.stereotype.Component;

/**
 * How many records a live index holds and when the newest of them last changed at its
 * source, in one request.
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
		SearchResponse<Void> response = EngineCalls.call(() -> client.search(
				s -> s.index(alias)
					.size(0)
					.trackTotalHits(t -> t.enabled(true))
					.aggregations("lastChange", a -> a.max(m -> m.field("provenance.changedAt").format("yyyy-MM-dd"))),
				Void.class));
		return new Counted(response.hits().total() == null ? 0 : response.hits().total().value(),
				response.aggregations().get("lastChange").max().valueAsString());
	}

}
