package be.duaalatlas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns an indexed document of one kind into the GraphQL object of its type; each feature
 * provides one, so that the cross-kind search and {@code node} show every kind without
 * knowing them.
 */
public interface NodeMapper {

	/** The index kind it maps, e.g. {@code programmes}. */
	String indexKind();

	/**
	 * @param distanceKm the distance from the {@code near} place, or null
	 */
	Object toNode(ObjectNode source, String lang, Double distanceKm);

	/** How a feature's document type becomes its GraphQL object. */
	@FunctionalInterface
	interface View<D> {

		Object of(D document, String lang, Double distanceKm);

	}

	/**
	 * A mapper that reads the source as the kind's document record, then makes its
	 * GraphQL object.
	 */
	static <D> NodeMapper of(String indexKind, Class<D> documentType, ObjectMapper json, View<D> view) {
		return new NodeMapper() {
			@Override
			public String indexKind() {
				return indexKind;
			}

			@Override
			public Object toNode(ObjectNode source, String lang, Double distanceKm) {
				return view.of(json.convertValue(source, documentType), lang, distanceKm);
			}
		};
	}

}
