package be.duaalatlas.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * A Relay connection page built from a search that asked for one hit more than the page
 * size (to know whether a next page exists without counting).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) implements Counted {

	public record Edge<T>(String cursor, T node, List<Highlight> highlights) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public record Highlight(String field, List<String> fragments) {
	}

	public static <D, T> Connection<T> of(SearchResponse<D> response, PageRequest page, Function<Hit<D>, T> toNode) {
		List<Hit<D>> hits = response.hits().hits();
		boolean more = hits.size() > page.first();
		List<Edge<T>> edges = new ArrayList<>();
		for (Hit<D> hit : hits.subList(0, Math.min(page.first(), hits.size()))) {
			edges.add(new Edge<>(Cursor.encode(hit.sort()), toNode.apply(hit), highlights(hit.highlight())));
		}
		long total = response.hits().total() == null ? edges.size() : response.hits().total().value();
		return new Connection<>(edges, new PageInfo(more, false, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), total);
	}

	private static List<Highlight> highlights(Map<String, List<String>> highlight) {
		if (highlight == null) {
			return List.of();
		}
		return highlight.entrySet().stream().map(e -> new Highlight(e.getKey(), e.getValue())).toList();
	}

}
