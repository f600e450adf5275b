package be.duaalatlas.search;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.LimitsProperties;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineCalls;
import be.duaalatlas.index.FacetValues;
import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The cross-kind search: one request over the aliases of every searchable kind, paged
 * with search_after, with facet aggregations computed for the same query.
 */
@Component
public class CatalogueSearch {

	/** The index kinds of every searchable kind. */
	public static final List<String> INDEX_KINDS = Kind.indexKinds(Kind.searchable());

	/**
	 * Facets counted by one {@code terms} aggregation on a field: facet name → indexed
	 * field. The kinds, sectors and regions a record counts for are written into it
	 * ({@link FacetValues}), so that one pass over the result's global ordinals counts
	 * every value, as the per-value filters did (FacetParityTest).
	 */
	static final Map<String, String> TERM_FACETS = Map.of("audiences", "audiences", "steps", "steps", "languages",
			"languages", "sectors", FacetValues.FIELD + ".sectors", "regions", FacetValues.FIELD + ".regions",
			"studyDomains", FacetValues.FIELD + ".studyDomains", "grades", FacetValues.FIELD + ".grades", "finalities",
			FacetValues.FIELD + ".finalities", "lookingForLearner", "lookingForLearner");

	/**
	 * The most values a terms facet has (sectors, regions, languages, ...: far fewer).
	 */
	static final int TERM_FACET_SIZE = 30;

	/**
	 * How much a text match weighs per kind when kinds mix: a pupil typing a trade means
	 * the programme, then where it is offered; a workplace comes first only when its own
	 * name says more of the query than a programme does (a company's name), or when the
	 * query asks for workplaces (kinds, near).
	 */
	static final Map<String, Double> KIND_WEIGHTS = Map.of("programmes", 3.0, "offerings", 1.5, "stakeholders", 1.5,
			"services", 1.0, "content", 1.0, "workplaces", 0.6);

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final CatalogueQueries queries;

	private final CatalogueGeneration generation;

	/**
	 * First pages without free text (landing pages, facet counts, "workplaces near our
	 * campus") repeat a lot and change only with the catalogue: they are kept per
	 * catalogue generation, so no answer outlives an import. The cache is bounded by an
	 * estimate of the heap its answers take ({@link #heapWeight}), not by their number: a
	 * burst of distinct questions (2,000 coordinates with {@code first: 100}) cannot grow
	 * the heap by more than {@code atlas.cache.first-pages-max-bytes}.
	 */
	private final Cache<List<Object>, SearchResponse<ObjectNode>> firstPages;

	/**
	 * The engine's own time budget for one search: the request's, so that no search goes
	 * on in the engine after its request was answered SEARCH_UNAVAILABLE (0: none).
	 */
	private final Duration engineBudget;

	CatalogueSearch(ElasticsearchClient client, CatalogueIndices indices, CatalogueQueries queries,
			CatalogueGeneration generation, CacheProperties cache, LimitsProperties limits) {
		this.engineBudget = limits.requestTimeout();
		this.firstPages = Caffeine.newBuilder()
			.maximumWeight(cache.firstPagesMaxBytes().toBytes())
			.weigher((List<Object> key, SearchResponse<ObjectNode> response) -> heapWeight(response))
			.expireAfterWrite(Duration.ofMinutes(30))
			.build();
		this.client = client;
		this.indices = indices;
		this.queries = queries;
		this.generation = generation;
	}

	/** What to search for: built by the controllers from their arguments. */
	public record Request(String text, SearchFilter filter, ResolvedNear near, Sort sort, PageRequest page, Shown shown,
			List<String> indexKinds, List<Query> extraFilters) {

		public Request(String text, SearchFilter filter, ResolvedNear near, Sort sort, PageRequest page, Shown shown,
				List<String> indexKinds) {
			this(text, filter, near, sort, page, shown, indexKinds, null);
		}

		/**
		 * A request for the index kinds of the filter's kinds (every searchable kind when
		 * it names none).
		 */
		public Request(String text, SearchFilter filter, ResolvedNear near, Sort sort, PageRequest page, Shown shown) {
			this(text, filter, near, sort, page, shown,
					Kind.indexKinds(SearchFilter.orNone(filter).kinds() == null || filter.kinds().isEmpty()
							? Kind.searchable() : filter.kinds()),
					null);
		}

	}

	public SearchResponse<ObjectNode> search(Request request) {
		if ((request.text() == null || request.text().isBlank()) && request.page().after() == null
				&& request.extraFilters() == null) {
			// the generation holds the day too: publication windows open and close
			// with it
			LocalDate today = Publication.today();
			List<Object> key = List.of(generation.current(), request);
			SearchResponse<ObjectNode> cached = firstPages.getIfPresent(key);
			if (cached != null) {
				return cached;
			}
			SearchResponse<ObjectNode> response = execute(request, today);
			firstPages.put(key, response);
			return response;
		}
		return execute(request, Publication.today());
	}

	/**
	 * Bytes of heap a cached answer takes, estimated: a Jackson tree takes about four
	 * times the characters of its JSON (node objects, map entries, strings); facet
	 * aggregations about 32 KB; a fixed 2 KB for the rest.
	 */
	static int heapWeight(SearchResponse<ObjectNode> response) {
		long characters = 0;
		for (var hit : response.hits().hits()) {
			characters += hit.source() == null ? 0 : hit.source().toString().length();
			characters += hit.sort().size() * 32L;
		}
		long bytes = 4 * characters + 2_048 + (response.aggregations().isEmpty() ? 0 : 32_768);
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	private UncheckedIOException outOfBudget() {
		return new UncheckedIOException(new SocketTimeoutException(
				"the engine stopped the search at its time budget of " + engineBudget.toMillis() + " ms"));
	}

	private SearchResponse<ObjectNode> execute(Request request, LocalDate today) {
		SearchFilter filter = SearchFilter.orNone(request.filter());
		Query text = queries.text(request.text(), "text");
		List<Query> filters = new ArrayList<>(queries.filters(filter, request.near(), "filter"));
		filters.add(Publication.shownOn(today));
		if (request.extraFilters() != null) {
			filters.addAll(request.extraFilters());
		}
		filters.add(Listing.listedOnly());
		Query kinds = queries.kinds(filter.kinds());
		Map<String, Aggregation> facets = request.shown().facets().isEmpty() ? null
				: facets(kinds, request.shown().facets());
		List<SortOptions> sort = sort(request.sort(), request.near(), text != null);
		if (request.page().after() != null && request.page().after().size() != sort.size()) {
			throw forgedCursor();
		}
		Query matching = Query.of(q -> q.bool(b -> {
			if (text != null) {
				b.must(text);
			}
			return b.filter(filters);
		}));
		// looking first: the workplaces whose statement holds and says so score 2, every
		// other hit 1 (no function matched), and the sort starts with the score
		Query main = request.sort() != Sort.LOOKING_FIRST ? matching
				: Query.of(q -> q.functionScore(fs -> fs.query(matching)
					.functions(fn -> fn.filter(queries.availability().says(true)).weight(2.0))
					.boostMode(FunctionBoostMode.Replace)));
		try {
			SearchResponse<ObjectNode> response = EngineCalls.call(() -> client.search(s -> {
				s.index(request.indexKinds().stream().map(indices::alias).toList())
					.query(main)
					.size(request.page().first() + 1)
					.sort(sort)
					.trackTotalHits(t -> t.enabled(true));
				if (!engineBudget.isZero()) {
					s.timeout(engineBudget.toMillis() + "ms");
				}
				if (kinds != null) {
					s.postFilter(kinds);
				}
				// always with a text, however many indices: a hit's score (and so its
				// cursor) must not depend on which indices a query searches
				if (text != null) {
					s.indicesBoost(request.indexKinds()
						.stream()
						.map(kind -> NamedValue.of(indices.alias(kind), KIND_WEIGHTS.getOrDefault(kind, 1.0)))
						.toList());
				}
				if (facets != null) {
					s.aggregations(facets);
				}
				if (text != null && request.shown().highlights()) {
					// the words as analysed, found through the offsets the index stores
					// for these fields only (not their folded or prefix copies)
					s.highlight(h -> {
						h.preTags("<em>")
							.postTags("</em>")
							.requireFieldMatch(false)
							.highlightQuery(queries.highlight(request.text()));
						for (String lang : List.of("nl", "fr", "en")) {
							h.fields("name." + lang, f -> f.numberOfFragments(0))
								.fields("aliases." + lang, f -> f.numberOfFragments(3))
								.fields("description." + lang, f -> f.fragmentSize(120).numberOfFragments(2))
								.fields("body." + lang, f -> f.fragmentSize(120).numberOfFragments(2));
						}
						return h;
					});
				}
				if (request.page().after() != null) {
					s.searchAfter(request.page().after());
				}
				return s;
			}, ObjectNode.class));
			if (response.timedOut()) {
				// partial hits and counts are not the answer: neither shown nor cached
				throw outOfBudget();
			}
			return response;
		}
		catch (ElasticsearchException ex) {
			// a cursor whose values do not fit the sort (made for another query, or by
			// hand) is refused by the engine
			if (request.page().after() != null && ex.status() == 400) {
				throw forgedCursor();
			}
			throw ex;
		}
	}

	private static BadArgumentException forgedCursor() {
		return new BadArgumentException("after", "'after' is not a cursor of this query: pass the endCursor of the "
				+ "previous page of the same query as it was returned.");
	}

	/**
	 * The sort, always ending in fields that make every hit's position unique (for
	 * search_after).
	 */
	static List<SortOptions> sort(Sort sort, ResolvedNear near, boolean hasText) {
		List<SortOptions> options = new ArrayList<>();
		Sort order = sort == null ? Sort.RELEVANCE : sort;
		switch (order) {
			case DISTANCE -> {
				if (near == null) {
					throw new BadArgumentException("sort", "sort DISTANCE needs near");
				}
				options.add(distance(near));
			}
			case LOOKING_FIRST -> {
				// a workplace that did not say it is looking, or did not confirm it in
				// time (Availability), ranks with those that are not: then the nearest
				// of all
				options.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
				if (near != null) {
					options.add(distance(near));
				}
			}
			case LAST_UPDATE -> options.add(field("updatedAt", SortOrder.Desc, FieldType.Date));
			case LAST_CONFIRMED -> options.add(field("lastConfirmed", SortOrder.Desc, FieldType.Date));
			case NAME -> {
			}
			case RELEVANCE -> {
				if (hasText) {
					options.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
				}
				else if (near != null) {
					options.add(distance(near));
				}
			}
		}
		options.add(field("name.nl.sort", SortOrder.Asc, FieldType.Keyword));
		options.add(field("kind", SortOrder.Asc, FieldType.Keyword));
		options.add(field("provenance.recordId", SortOrder.Asc, FieldType.Keyword));
		return options;
	}

	private static SortOptions field(String field, SortOrder order, FieldType unmapped) {
		return SortOptions.of(s -> s.field(f -> f.field(field).order(order).unmappedType(unmapped).missing("_last")));
	}

	private static SortOptions distance(ResolvedNear near) {
		return SortOptions.of(s -> s.geoDistance(g -> g.field("location")
			.location(l -> l.latlon(ll -> ll.lat(near.centre().lat()).lon(near.centre().lon())))
			.order(SortOrder.Asc)
			.unit(DistanceUnit.Kilometers)
			.mode(SortMode.Min)
			.ignoreUnmapped(true)));
	}

	/**
	 * The aggregations of the facets the query selects (each one is a pass over the whole
	 * result); all but the kinds facet also respect the kinds filter. A workplace counts
	 * for lookingForLearner only while its statement holds (Availability), which changes
	 * with the day, so that facet counts the statement within today's window.
	 */
	private Map<String, Aggregation> facets(Query kinds, java.util.Set<String> selected) {
		Map<String, Aggregation> aggregations = new java.util.LinkedHashMap<>();
		if (selected.contains("kinds")) {
			aggregations.put("kinds", Aggregation
				.of(a -> a.terms(t -> t.field(FacetValues.FIELD + ".kind").size(Kind.searchable().size()))));
		}
		Map<String, Aggregation> counted = new java.util.LinkedHashMap<>();
		TERM_FACETS.forEach((name, field) -> {
			if (selected.contains(name)) {
				counted.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(TERM_FACET_SIZE))));
			}
		});
		counted.forEach((name, aggregation) -> {
			List<Query> within = new ArrayList<>();
			if (kinds != null) {
				within.add(kinds);
			}
			if (name.equals("lookingForLearner")) {
				within.add(queries.availability().holds());
			}
			aggregations.put(name, within.isEmpty() ? aggregation : Aggregation
				.of(a -> a.filter(f -> f.bool(b -> b.filter(within))).aggregations("values", aggregation)));
		});
		return aggregations;
	}

}
