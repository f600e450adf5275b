package be.duaalatlas.search;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns an indexed document of one kind into the GraphQL object of its type; each feature provides one, so that the
 * cross-kind search shows every kind without knowing them.
 */
public interface NodeMapper {

	/** The index kind it maps, e.g. {@code programmes}. */
	String indexKind();

	/** @param distanceKm the distance from the {@code near} place, or null */
	Object toNode(ObjectNode source, String lang, Double distanceKm);

}
