package be.duaalatlas.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of record in the catalogue and everything a kind has: its GraphQL type (also
 * the global id's prefix, {@code Programme:kapper-stylist-duaal}), the index kind behind
 * its alias, whether it has a location the search's {@code near} and distance apply to,
 * whether autocomplete suggests it, and whether the cross-kind search returns it. The
 * GraphQL enums {@code Kind} (the searchable ones) and {@code SuggestionKind} (the
 * suggestable ones) bind to it.
 */
public enum Kind {

	PROGRAMME("Programme", "programmes", null, false, true, true),
	OFFERING("Offering", "offerings", null, true, false, true),
	WORKPLACE("Workplace", "workplaces", null, true, false, true),
	STAKEHOLDER("Stakeholder", "stakeholders", null, false, true, true),
	SUPPORT_SERVICE("SupportService", "services", null, false, false, true),
	KEY_MESSAGE("ContentItem", "content", ContentType.KEY_MESSAGE, false, false, true),
	GOOD_PRACTICE("ContentItem", "content", ContentType.GOOD_PRACTICE, false, false, true),
	EQUIVALENCE("Equivalence", "equivalences", null, false, false, false),
	PLACE("Place", "places", null, true, true, false);

	private final String type;

	private final String indexKind;

	private final ContentType contentType;

	private final boolean located;

	private final boolean suggestable;

	private final boolean searchable;

	Kind(String type, String indexKind, ContentType contentType, boolean located, boolean suggestable,
			boolean searchable) {
		this.type = type;
		this.indexKind = indexKind;
		this.contentType = contentType;
		this.located = located;
		this.suggestable = suggestable;
		this.searchable = searchable;
	}

	/** The GraphQL type, also the prefix of the global id. */
	public String type() {
		return type;
	}

	/**
	 * The index kind (the alias without prefix), also the {@code kind} field of its
	 * documents.
	 */
	public String indexKind() {
		return indexKind;
	}

	/**
	 * For texts, which of the kinds sharing the {@code content} index it is; else null.
	 */
	public ContentType contentType() {
		return contentType;
	}

	/** The global id of a record of this kind. */
	public String globalId(String key) {
		return type + ":" + key;
	}

	public boolean isLocated() {
		return located;
	}

	public boolean isSuggestable() {
		return suggestable;
	}

	/** The kinds the cross-kind search returns, in the order facets list them. */
	public static List<Kind> searchable() {
		return Arrays.stream(values()).filter(k -> k.searchable).toList();
	}

	/** The searchable kinds with a location, so that near and distance apply. */
	public static List<Kind> located() {
		return searchable().stream().filter(k -> k.located).toList();
	}

	public static List<Kind> suggestable() {
		return Arrays.stream(values()).filter(k -> k.suggestable).toList();
	}

	/** The distinct index kinds the given kinds live in. */
	public static List<String> indexKinds(List<Kind> kinds) {
		return kinds.stream().map(Kind::indexKind).distinct().toList();
	}

	/**
	 * The kind of an indexed document, from its {@code kind} field and, for texts, its
	 * {@code contentType}.
	 */
	public static Kind of(String indexKind, String contentType) {
		for (Kind kind : values()) {
			if (kind.indexKind.equals(indexKind)
					&& (kind.contentType == null || kind.contentType.name().equals(contentType))) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no kind for index kind '" + indexKind + "', content type " + contentType);
	}

	/**
	 * The kind a GraphQL type names (the prefix of a global id); for texts the first of
	 * the kinds sharing it.
	 */
	public static java.util.Optional<Kind> ofType(String type) {
		return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
	}

}
