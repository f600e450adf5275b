package be.duaalatlas.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.duaalatlas.index.Slugs;

/**
 * Row validation shared by the adapters: each check returns a readable reason, or null
 * when the value is fine.
 */
public final class Values {

	private Values() {
	}

	public static String firstProblem(String... problems) {
		return Arrays.stream(problems).filter(p -> p != null).findFirst().orElse(null);
	}

	public static String required(Map<String, String> row, String... columns) {
		List<String> missing = Arrays.stream(columns).filter(c -> isBlank(row.get(c))).toList();
		return missing.isEmpty() ? null : "missing value for " + String.join(", ", missing);
	}

	public static String oneOf(Map<String, String> row, String column, Collection<String> allowed) {
		String value = row.get(column);
		if (isBlank(value) || allowed.contains(value)) {
			return null;
		}
		return column + " '" + value + "' is not one of " + allowed.stream().sorted().collect(Collectors.joining(", "));
	}

	public static String allOf(Map<String, String> row, String column, Collection<String> allowed) {
		List<String> unknown = list(row.get(column)).stream().filter(v -> !allowed.contains(v)).toList();
		return unknown.isEmpty() ? null : column + " has unknown value(s) " + unknown + "; allowed: "
				+ allowed.stream().sorted().collect(Collectors.joining(", "));
	}

	public static String intInRange(Map<String, String> row, String column, int min, int max) {
		String value = row.get(column);
		if (isBlank(value)) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			return number < min || number > max ? column + " " + number + " is not between " + min + " and " + max
					: null;
		}
		catch (NumberFormatException ex) {
			return column + " '" + value + "' is not a whole number";
		}
	}

	public static String date(Map<String, String> row, String column) {
		String value = row.get(column);
		if (isBlank(value)) {
			return null;
		}
		try {
			LocalDate.parse(value);
			return null;
		}
		catch (DateTimeParseException ex) {
			return column + " '" + value + "' is not a date (expected YYYY-MM-DD)";
		}
	}

	public static String slug(Map<String, String> row, String column) {
		String value = row.get(column);
		return isBlank(value) || Slugs.isSlug(value) ? null
				: column + " '" + quoted(value) + "' must be " + Slugs.SLUG_RULE;
	}

	/** Slugs joined by {@code --}, as an offering's key ({@link Slugs#isCompoundKey}). */
	public static String compoundKey(Map<String, String> row, String column) {
		String value = row.get(column);
		return isBlank(value) || Slugs.isCompoundKey(value) ? null
				: column + " '" + quoted(value) + "' must be " + Slugs.COMPOUND_KEY_RULE;
	}

	/**
	 * A value as a message may quote it: at most 40 characters, control characters
	 * escaped.
	 */
	public static String quoted(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
		StringBuilder escaped = new StringBuilder();
		shown.codePoints()
			.forEach(c -> escaped
				.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
		return escaped.toString();
	}

	public static String bool(Map<String, String> row, String column) {
		String value = row.get(column);
		return isBlank(value) || value.equals("true") || value.equals("false") ? null
				: column + " '" + value + "' is not true or false";
	}

	/** A {@code |}-separated multi-value. */
	public static List<String> list(String value) {
		if (isBlank(value)) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	public static Integer integer(String value) {
		return isBlank(value) ? null : Integer.valueOf(value);
	}

	/** An optional web address: http(s) with a host name. */
	public static String webAddress(Map<String, String> row, String column) {
		String value = row.get(column);
		if (isBlank(value) || value.matches("https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?")) {
			return null;
		}
		return column + " '" + value + "' is not a web address (https://…)";
	}

	/** An optional e-mail address (an organisation's functional mailbox). */
	public static String email(Map<String, String> row, String column) {
		String value = row.get(column);
		if (isBlank(value) || value.matches("[^@\\s;]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
			return null;
		}
		return column + " '" + value + "' is not an e-mail address";
	}

	/**
	 * An optional phone number: digits, spaces and {@code + . / ( ) -}, at least 6
	 * digits.
	 */
	public static String phone(Map<String, String> row, String column) {
		String value = row.get(column);
		if (isBlank(value) || (value.matches("[0-9 +./()-]+") && value.replaceAll("\\D", "").length() >= 6)) {
			return null;
		}
		return column + " '" + value + "' is not a phone number";
	}

	public static String blankToNull(String value) {
		return isBlank(value) ? null : value;
	}

	public static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
