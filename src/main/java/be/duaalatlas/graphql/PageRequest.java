package be.duaalatlas.graphql;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/** A validated {@code first}/{@code after} pair. */
public record PageRequest(int first, List<FieldValue> after) {

	public static final int MAX_FIRST = 100;

	/**
	 * @throws BadArgumentException when first is outside 1..100 or after is not a cursor
	 * of this API
	 */
	public static PageRequest of(Integer first, String after) {
		int size = first == null ? 20 : first;
		if (size < 1 || size > MAX_FIRST) {
			throw new BadArgumentException("first", "'first' must be between 1 and " + MAX_FIRST + ", was " + size
					+ ". Page through larger results with 'after'.");
		}
		return new PageRequest(size, after == null || after.isBlank() ? null : Cursor.decode(after, "after"));
	}

}
