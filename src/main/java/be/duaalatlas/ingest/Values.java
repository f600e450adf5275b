package be.duaalatlas.ingest;

import java.util.Arrays;
import java.util.List;

import be.duaalatlas.validation.ValidationProblems;

/**
 * Reading helpers left to the YAML adapters and the catalogue generator; the CSV kinds
 * bind typed input records and validate them by their constraints instead.
 */
public final class Values {

	private Values() {
	}

	/**
	 * A value as a message may quote it ({@link ValidationProblems#quoted}).
	 */
	public static String quoted(String value) {
		return ValidationProblems.quoted(value);
	}

	/** A {@code |}-separated multi-value. */
	public static List<String> list(String value) {
		if (isBlank(value)) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	public static String blankToNull(String value) {
		return isBlank(value) ? null : value;
	}

	public static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
