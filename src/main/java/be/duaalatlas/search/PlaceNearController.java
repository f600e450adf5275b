package be.duaalatlas.search;

import java.util.List;

import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.place.Place;
import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Place → what is near: the located kinds within a radius, nearest first. */
@Controller
class PlaceNearController {

	private final CatalogueSearch search;

	private final SearchConnections connections;

	PlaceNearController(CatalogueSearch search, SearchConnections connections) {
		this.search = search;
		this.connections = connections;
	}

	@SchemaMapping(typeName = "Place", field = "near")
	SearchConnections.SearchConnection near(Place place, @Argument Double radiusKm, @Argument List<Kind> kinds,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after);
		double radius = radiusKm == null ? 10 : radiusKm;
		ResolvedNear centre = ResolvedNear
			.of(new Near(null, null, place.location().lat(), place.location().lon(), radius), null, "radiusKm");
		List<Kind> only = kinds == null || kinds.isEmpty() ? Kind.located() : kinds;
		SearchResponse<ObjectNode> response = search
			.search(new CatalogueSearch.Request(null, SearchFilter.NONE.withKinds(only), centre, Sort.DISTANCE, page,
					Shown.of(env), CatalogueSearch.INDEX_KINDS));
		return connections.of(response, page, centre, place.lang());
	}

}
