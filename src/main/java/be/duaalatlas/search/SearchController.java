package be.duaalatlas.search;

import java.util.List;

import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.vocabulary.Language;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code search} query: every kind in one connection, with facets and distances. */
@Controller
class SearchController {

	private final CatalogueSearch search;

	private final CatalogueQueries queries;

	private final SearchConnections connections;

	SearchController(CatalogueSearch search, CatalogueQueries queries, SearchConnections connections) {
		this.search = search;
		this.queries = queries;
		this.connections = connections;
	}

	@QueryMapping
	SearchConnections.SearchConnection search(@Argument String text, @Argument SearchFilter filter, @Argument Near near,
			@Argument Sort sort, @Argument Language lang, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after);
		ResolvedNear centre = ResolvedNear.of(near, queries.gazetteer(), "near");
		Shown shown = Shown.of(env);
		// every index when the kinds facet counts the other kinds too; else only the
		// filter's kinds' indices (the same hits and counts: the other facets count
		// within the filter's kinds anyway)
		SearchResponse<ObjectNode> response = search.search(shown.facets().contains("kinds")
				? new CatalogueSearch.Request(text, filter, centre, sort, page, shown, CatalogueSearch.INDEX_KINDS)
				: new CatalogueSearch.Request(text, filter, centre, sort, page, shown));
		return connections.of(response, page, centre, Languages.of(lang, env));
	}

}
