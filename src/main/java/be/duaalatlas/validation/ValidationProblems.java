package be.duaalatlas.validation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Bean Validation's violations of an input record as the one problem a caller reports:
 * every missing value at once ("missing value for a, b"), else the first broken rule in
 * the record's field order, worded by the field's column name (its {@link JsonProperty},
 * as the source file names it) so that a file's rejection and a mutation's error read
 * alike. The field (the record component) is what a mutation maps to {@code input.…}.
 */
public final class ValidationProblems {

	private ValidationProblems() {
	}

	/**
	 * A rule an input breaks.
	 *
	 * @param field the record component at fault; null when the rule is about the input
	 * as a whole
	 */
	public record Problem(String field, String reason) {

		/** The argument a mutation names: {@code input.field}, or {@code input}. */
		public String argument(String input) {
			return field == null ? input : input + "." + field;
		}

	}

	/**
	 * The first problem of an input, if it breaks any of its constraints; an input read
	 * as several records (a register line: the establishment, its recognition) is checked
	 * as one, in the records' order.
	 */
	public static Optional<Problem> first(Validator validator, Record... inputs) {
		List<Found> found = new ArrayList<>();
		int offset = 0;
		for (Record input : inputs) {
			List<String> fields = Arrays.stream(input.getClass().getRecordComponents())
				.map(RecordComponent::getName)
				.toList();
			for (ConstraintViolation<Record> violation : validator.validate(input)) {
				String field = violation.getPropertyPath().iterator().next().getName();
				found.add(new Found(violation, field, column(input.getClass(), field), offset + fields.indexOf(field)));
			}
			offset += fields.size();
		}
		List<Found> missing = found.stream()
			.filter(f -> f.annotation() instanceof NotBlank)
			.sorted(Comparator.comparingInt(Found::order))
			.toList();
		if (!missing.isEmpty()) {
			List<String> columns = missing.stream().map(Found::column).distinct().toList();
			return Optional.of(new Problem(missing.get(0).field(), "missing value for " + String.join(", ", columns)));
		}
		return found.stream()
			.min(Comparator.<Found>comparingInt(f -> isOfficialNumber(f.annotation()) ? 1 : 0)
				.thenComparingInt(Found::order)
				.thenComparing(f -> f.annotation() instanceof Size ? 0 : 1))
			.map(f -> new Problem(f.field(), reason(f.column(), f.violation())));
	}

	/**
	 * An official number's rule (its check digits) is reported after every other column's
	 * format, as the register's import always did.
	 */
	private static boolean isOfficialNumber(Object annotation) {
		return annotation instanceof EnterpriseNumber || annotation instanceof EstablishmentNumber;
	}

	/** A violation, the field and column it is about, and the field's place. */
	private record Found(ConstraintViolation<?> violation, String field, String column, int order) {

		Object annotation() {
			return violation.getConstraintDescriptor().getAnnotation();
		}

	}

	/**
	 * The column's name, then the value as the rule saw it (a number as it is, a text
	 * quoted), then what is wrong with it.
	 */
	private static String reason(String column, ConstraintViolation<?> violation) {
		Object value = violation.getInvalidValue();
		if (annotation(violation) instanceof Size || value == null) {
			return column + " " + violation.getMessage();
		}
		String text = value.toString();
		String shown = annotation(violation) instanceof WholeNumber && text.matches("-?\\d{1,9}") ? text
				: "'" + quoted(text) + "'";
		return column + " " + shown + " " + violation.getMessage();
	}

	private static Object annotation(ConstraintViolation<?> violation) {
		return violation.getConstraintDescriptor().getAnnotation();
	}

	/** A field's name in the source files: its {@link JsonProperty}, or its own. */
	static String column(Class<?> type, String field) {
		try {
			JsonProperty property = type.getDeclaredField(field).getAnnotation(JsonProperty.class);
			return property == null || property.value().isEmpty() ? field : property.value();
		}
		catch (NoSuchFieldException ex) {
			return field;
		}
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

	/**
	 * A message built from a rule's own words, safe as a Bean Validation message template
	 * (no parameter or expression is read in it).
	 */
	static String literal(String message) {
		return message.replaceAll("([\\{}$])", "\\$1");
	}

}
