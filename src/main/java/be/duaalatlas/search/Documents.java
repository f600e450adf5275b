package be.duaalatlas.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineCalls;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/**
 * The features' reads of single documents and small linked lists (the cross-kind search
 * is {@link CatalogueSearch}): documents by id, many at once, so that a page of 100
 * workplaces with their recognitions' programmes costs one multi-get per kind, not one
 * request per record.
 */
@Component
public class Documents {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	Documents(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	/**
	 * Listed documents by id ({@link Listing}); ids not found, or unlisted, are absent.
	 */
	public <T> Map<String, T> byIds(String indexKind, Collection<String> ids, Class<T> type) {
		List<String> distinct = ids.stream().filter(id -> id != null).distinct().toList();
		Map<String, T> found = new LinkedHashMap<>();
		if (distinct.isEmpty()) {
			return found;
		}
		MgetResponse<T> response = EngineCalls
			.call(() -> client.mget(m -> m.index(indices.alias(indexKind)).ids(distinct), type));
		for (MultiGetResponseItem<T> item : response.docs()) {
			if (item.isResult() && item.result().found() && Listing.isListed(item.result().source())) {
				found.put(item.result().id(), item.result().source());
			}
		}
		return found;
	}

	public <T> Optional<T> byId(String indexKind, String id, Class<T> type) {
		return Optional.ofNullable(byIds(indexKind, List.of(id), type).get(id));
	}

	/**
	 * The documents of a kind that match a query, in record-id order, at most
	 * {@code max}: for the small linked lists a batch loader needs in one request (a page
	 * of stakeholders' services, programmes' equivalences).
	 */
	public <T> List<T> find(String indexKind, Query query, int max, Class<T> type) {
		return EngineCalls
			.call(() -> client.search(s -> s.index(indices.alias(indexKind))
				.query(q -> q.bool(b -> b.must(query).filter(Listing.listedOnly())))
				.size(max)
				.sort(o -> o.field(f -> f.field("provenance.recordId"))), type))
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.toList();
	}

}
