package be.duaalatlas.validation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
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

	/** The message of a value that must be there: {@code title.nl is missing}. */
	public static final String MISSING = "is missing";

	/** The message of a list of values that must hold one. */
	public static final String NO_VALUE = "must hold at least one value";

	/** The message of a list of entries (mappings) that must hold one. */
	public static final String NO_ENTRY = "must hold at least one entry";

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private ValidationProblems() {
	}

	/**
	 * A rule an input breaks.
	 *
	 * @param field the record component at fault ({@code channels[1].value} in a nested
	 * input); null when the rule is about the input as a whole
	 * @param column the same path by the source file's names ({@code id} for
	 * {@code key}), by which a file finds the line
	 */
	public record Problem(String field, String reason, String column) {

		/** A problem of a field named alike in the record and its source. */
		public Problem(String field, String reason) {
			this(field, reason, field);
		}

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
	 * Every problem of an input read from a structured file (YAML: nested mappings and
	 * lists), in the record's field order ({@link #inFieldOrder}): "missing" is the
	 * constraint's own word there ({@link #MISSING}), so that a file's rejection lists
	 * everything to fix at once.
	 */
	public static List<Problem> all(Validator validator, Record input) {
		return validator.validate(input)
			.stream()
			.map(violation -> located(input.getClass(), violation))
			.sorted(inFieldOrder(input.getClass()))
			.toList();
	}

	/**
	 * Problems of an input in the order of the record's fields, a nested field by its
	 * path ({@code roles[1].role} after {@code roles[0].description.nl}); a problem of
	 * the input as a whole last. A rule that needs more than constraints merges its
	 * problems into the constraints' by this order.
	 */
	public static Comparator<Problem> inFieldOrder(Class<? extends Record> type) {
		return Comparator.comparing(problem -> order(type, problem.field()), ValidationProblems::compareOrders);
	}

	/**
	 * A violation as a problem: its path by record names ({@code key}) and by the file's
	 * ({@code id}), each property a component, each list element by its index.
	 */
	private static Problem located(Class<?> root, ConstraintViolation<?> violation) {
		StringBuilder field = new StringBuilder();
		StringBuilder column = new StringBuilder();
		Class<?> type = root;
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.isInIterable() && node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
				column.append('[').append(node.getIndex()).append(']');
			}
			if (node.getName() == null || type == null || !type.isRecord()) {
				continue;
			}
			if (!field.isEmpty()) {
				field.append('.');
				column.append('.');
			}
			RecordComponent component = component(type, node.getName());
			field.append(node.getName());
			column.append(column(type, node.getName()));
			type = component == null ? null : elementType(component);
		}
		if (field.isEmpty()) {
			// a rule of the input as a whole
			return new Problem(null, violation.getMessage(), null);
		}
		return new Problem(field.toString(), reason(column.toString(), violation), column.toString());
	}

	/** A field path's place: each component's position, each element's index. */
	private static List<Integer> order(Class<?> root, String field) {
		List<Integer> order = new ArrayList<>();
		if (field == null) {
			order.add(Integer.MAX_VALUE);
			return order;
		}
		Class<?> type = root;
		for (String part : field.split("\\.")) {
			String name = part.replaceAll("\\[.*", "");
			RecordComponent component = type == null ? null : component(type, name);
			order.add(component == null ? Integer.MAX_VALUE : position(type, name));
			Matcher index = INDEX.matcher(part);
			while (index.find()) {
				order.add(Integer.parseInt(index.group(1)));
			}
			type = component == null ? null : elementType(component);
		}
		return order;
	}

	/** A component's position in its record (components are compared by name). */
	private static int position(Class<?> type, String name) {
		List<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		return names.indexOf(name);
	}

	private static RecordComponent component(Class<?> type, String name) {
		return type.isRecord() ? Arrays.stream(type.getRecordComponents())
			.filter(c -> c.getName().equals(name))
			.findFirst()
			.orElse(null) : null;
	}

	/** A component's type, or its elements' type when it is a list. */
	private static Class<?> elementType(RecordComponent component) {
		if (component.getGenericType() instanceof ParameterizedType list
				&& list.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return component.getType();
	}

	private static int compareOrders(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
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
		// a list's rule and a record's rule word the values themselves
		if (annotation(violation) instanceof Size || value == null || value instanceof Collection
				|| value instanceof Record) {
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
	public static String column(Class<?> type, String field) {
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
	public static String literal(String message) {
		return message.replaceAll("([\\{}$])", "\\$1");
	}

}
