package be.duaalatlas.search;

import be.duaalatlas.place.Place;
import be.duaalatlas.place.PlaceDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/** How a place document becomes a GraphQL {@code Place} (for {@code node}). */
@Component
class PlaceNodes implements NodeMapper {

	private final ObjectMapper json;

	PlaceNodes(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public String indexKind() {
		return PlaceDocument.KIND;
	}

	@Override
	public Object toNode(ObjectNode source, String lang, Double distanceKm) {
		return Place.of(json.convertValue(source, PlaceDocument.class), lang);
	}

}
