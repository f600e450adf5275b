package be.duaalatlas.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one rule of the public listing: a record whose owner took it out of the listing
 * ({@code unlisted: true}, a company's establishment) is shown by no public read: not by
 * a search, its facets or {@code near} (every search is {@link CatalogueSearch}), not by
 * {@code node} or a read by id ({@link Documents}). Autocomplete suggests no workplaces.
 * The record stays in its index, so that its owner can put it back.
 */
public final class Listing {

	/** The indexed field; absent means listed. */
	public static final String FIELD = "unlisted";

	private Listing() {
	}

	/** A document that can be taken out of the listing. */
	public interface Unlistable {

		/** True when its owner took it out of the public listing. */
		Boolean unlisted();

	}

	/** The filter clause every public search carries. */
	static Query listedOnly() {
		return Query.of(q -> q.bool(b -> b.mustNot(m -> m.term(t -> t.field(FIELD).value(true)))));
	}

	/** Whether a document read by id may be shown. */
	static boolean isListed(Object source) {
		if (source instanceof JsonNode node) {
			return !node.path(FIELD).asBoolean(false);
		}
		return !(source instanceof Unlistable unlistable && Boolean.TRUE.equals(unlistable.unlisted()));
	}

}
