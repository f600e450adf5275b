package be.duaalatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.Counted;
import be.duaalatlas.graphql.Cursor;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.stereotype.Component;

/**
 * Builds the GraphQL {@code SearchConnection} of a cross-kind search, for {@code search}
 * and {@code Place.near} alike: each hit shown by its kind's {@link NodeMapper}, with its
 * kind, distance, highlights and cursor, and the facets.
 */
@Component
class SearchConnections {

	private final Map<String, NodeMapper> mappers = new LinkedHashMap<>();

	SearchConnections(List<NodeMapper> mappers) {
		mappers.forEach(mapper -> this.mappers.put(mapper.indexKind(), mapper));
	}

	SearchConnection of(SearchResponse<ObjectNode> response, PageRequest page, ResolvedNear near, String lang) {
		List<Hit<ObjectNode>> hits = response.hits().hits();
		List<SearchEdge> edges = new ArrayList<>();
		for (Hit<ObjectNode> hit : hits.subList(0, Math.min(page.first(), hits.size()))) {
			ObjectNode source = hit.source();
			String indexKind = source.path("kind").asText();
			Double distance = distance(source, near);
			NodeMapper mapper = mappers.get(indexKind);
			edges.add(new SearchEdge(Cursor.encode(hit.sort()),
					Kind.of(indexKind, source.path("contentType").asText(null)), mapper.toNode(source, lang, distance),
					distance, highlights(hit)));
		}
		boolean more = hits.size() > page.first();
		Connection.PageInfo info = new Connection.PageInfo(more, false, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new SearchConnection(edges, info,
				response.hits().total() == null ? edges.size() : response.hits().total().value(),
				facets(response.aggregations()));
	}

	static Double distance(ObjectNode source, ResolvedNear near) {
		JsonNode location = source.path("location");
		if (near == null || location.isMissingNode() || location.isNull()) {
			return null;
		}
		return near.distanceTo(new GeoPoint(location.path("lat").asDouble(), location.path("lon").asDouble()));
	}

	private static List<Connection.Highlight> highlights(Hit<ObjectNode> hit) {
		return hit.highlight() == null ? List.of()
				: hit.highlight()
					.entrySet()
					.stream()
					.map(e -> new Connection.Highlight(e.getKey(), e.getValue()))
					.toList();
	}

	static Facets facets(Map<String, Aggregate> aggregations) {
		if (aggregations == null || aggregations.isEmpty()) {
			return Facets.EMPTY;
		}
		// the kinds in the schema's order, not most first
		Map<String, Long> perKind = new java.util.HashMap<>();
		if (aggregations.containsKey("kinds")) {
			aggregations.get("kinds")
				.sterms()
				.buckets()
				.array()
				.forEach(b -> perKind.put(b.key().stringValue(), b.docCount()));
		}
		List<FacetCount> kinds = new ArrayList<>();
		Kind.searchable().forEach(kind -> {
			if (perKind.getOrDefault(kind.name(), 0L) > 0) {
				kinds.add(new FacetCount(kind.name(), perKind.get(kind.name())));
			}
		});
		return new Facets(kinds, counts(aggregations.get("sectors"), null), counts(aggregations.get("regions"), null),
				counts(aggregations.get("studyDomains"), null), counts(aggregations.get("grades"), null),
				counts(aggregations.get("finalities"), null), counts(aggregations.get("audiences"), null),
				counts(aggregations.get("steps"), null), counts(aggregations.get("languages"), "language"),
				counts(aggregations.get("lookingForLearner"), null));
	}

	private static List<FacetCount> counts(Aggregate aggregate, String enumeration) {
		if (aggregate == null) {
			// a facet the query does not select was not asked for
			return List.of();
		}
		Aggregate values = aggregate.isFilter() ? aggregate.filter().aggregations().get("values") : aggregate;
		List<FacetCount> counts = new ArrayList<>();
		if (values.isSterms()) {
			values.sterms()
				.buckets()
				.array()
				.forEach(b -> counts
					.add(new FacetCount(graphQlValue(b.key().stringValue(), enumeration), b.docCount())));
		}
		else if (values.isLterms()) {
			values.lterms()
				.buckets()
				.array()
				.forEach(b -> counts.add(new FacetCount(
						b.keyAsString() != null ? b.keyAsString() : Long.toString(b.key()), b.docCount())));
		}
		return counts;
	}

	private static String graphQlValue(String indexed, String enumeration) {
		// languages are indexed as codes (nl), the filter takes the Language enum (NL)
		return "language".equals(enumeration)
				? Coded.fromCode(Language.class, indexed).map(Language::name).orElse(indexed) : indexed;
	}

	record SearchConnection(List<SearchEdge> edges, Connection.PageInfo pageInfo, long totalCount,
			Facets facets) implements Counted {
	}

	record SearchEdge(String cursor, Kind kind, Object node, Double distanceKm, List<Connection.Highlight> highlights) {
	}

	record FacetCount(String value, long count) {
	}

	record Facets(List<FacetCount> kinds, List<FacetCount> sectors, List<FacetCount> regions,
			List<FacetCount> studyDomains, List<FacetCount> grades, List<FacetCount> finalities,
			List<FacetCount> audiences, List<FacetCount> steps, List<FacetCount> languages,
			List<FacetCount> lookingForLearner) {

		static final Facets EMPTY = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());

	}

}
