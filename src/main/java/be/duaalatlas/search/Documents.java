package be.duaalatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;

import org.springframework.stereotype.Component;

/**
 * Documents by id, many at once: what the GraphQL batch loaders use, so that a page of
 * 100 workplaces with their recognitions' programmes costs one multi-get per kind, not
 * one request per record.
 */
@Component
public class Documents {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	Documents(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	public <T> Map<String, T> byIds(String indexKind, Collection<String> ids, Class<T> type) {
		List<String> distinct = ids.stream().filter(id -> id != null).distinct().toList();
		Map<String, T> found = new LinkedHashMap<>();
		if (distinct.isEmpty()) {
			return found;
		}
		try {
			MgetResponse<T> response = client.mget(m -> m.index(indices.alias(indexKind)).ids(distinct), type);
			for (MultiGetResponseItem<T> item : response.docs()) {
				if (item.isResult() && item.result().found()) {
					found.put(item.result().id(), item.result().source());
				}
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public <T> Optional<T> byId(String indexKind, String id, Class<T> type) {
		return Optional.ofNullable(byIds(indexKind, List.of(id), type).get(id));
	}

}
