package be.duaalatlas.content;

import be.duaalatlas.search.NodeMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/** How an equivalence document becomes a GraphQL {@code Equivalence} (for {@code node}). */
@Component
class EquivalenceNodes implements NodeMapper {

	private final ObjectMapper json;

	EquivalenceNodes(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public String indexKind() {
		return EquivalenceDocument.KIND;
	}

	@Override
	public Object toNode(ObjectNode source, String lang, Double distanceKm) {
		return Equivalence.of(json.convertValue(source, EquivalenceDocument.class), lang);
	}

}
