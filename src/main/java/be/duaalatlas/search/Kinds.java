package be.duaalatlas.search;

import java.util.List;
import java.util.Map;

/** The GraphQL {@code Kind}s and the index (and content type) each lives in. */
public final class Kinds {

	/** Kind → index kind name. */
	public static final Map<String, String> INDEX = Map.of("PROGRAMME", "programmes", "OFFERING", "offerings",
			"WORKPLACE", "workplaces", "STAKEHOLDER", "stakeholders", "SUPPORT_SERVICE", "services", "KEY_MESSAGE",
			"content", "GOOD_PRACTICE", "content");

	/** The searchable index kinds, in the order facets list them. */
	public static final List<String> ALL = List.of("PROGRAMME", "OFFERING", "WORKPLACE", "STAKEHOLDER",
			"SUPPORT_SERVICE", "KEY_MESSAGE", "GOOD_PRACTICE");

	/** Kinds that have a location, so that near and distance apply. */
	public static final List<String> LOCATED = List.of("OFFERING", "WORKPLACE");

	private Kinds() {
	}

	/** The GraphQL kind of a document, from its index kind and, for texts, its content type. */
	public static String of(String indexKind, String contentType) {
		return switch (indexKind) {
			case "programmes" -> "PROGRAMME";
			case "offerings" -> "OFFERING";
			case "workplaces" -> "WORKPLACE";
			case "stakeholders" -> "STAKEHOLDER";
			case "services" -> "SUPPORT_SERVICE";
			case "content" -> "GOOD_PRACTICE".equals(contentType) ? "GOOD_PRACTICE" : "KEY_MESSAGE";
			default -> indexKind.toUpperCase();
		};
	}

}
