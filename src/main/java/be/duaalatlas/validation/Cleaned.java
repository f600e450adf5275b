package be.duaalatlas.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How the input records tidy what comes in before their constraints see it: texts
 * stripped, blank is absent; lists of codes without blanks and repeats.
 */
public final class Cleaned {

	private Cleaned() {
	}

	/** A value stripped; blank is absent. */
	public static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Codes stripped, blanks and repeats left out; an absent list stays absent. */
	public static List<String> codes(List<String> values) {
		if (values == null) {
			return null;
		}
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		values.stream().map(Cleaned::text).filter(Objects::nonNull).forEach(codes::add);
		return List.copyOf(codes);
	}

	/** Entries of a list without the absent ones; an absent list stays absent. */
	public static <T> List<T> entries(List<T> values) {
		return values == null ? null : values.stream().filter(Objects::nonNull).toList();
	}

}
