package be.duaalatlas.ingest.yaml;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.validation.ValidationProblems;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the catalogue's YAML sources item by item with a streaming parser, so that every
 * item (and every field of it) keeps the line it was written on: one bad item is rejected
 * with its line, the rest of the file imports.
 * <p>
 * Every scalar is read as its text: YAML's implicit typing (numbers,
 * {@code yes}/{@code no}, dates) never applies to catalogue fields, so
 * {@code phone: 025530000} keeps its leading zero and {@code changed: 2025-09-01} stays a
 * date string. A field written twice in one mapping is a problem of the item, not
 * silently "the last one wins".
 * <p>
 * Malformed YAML (bad indentation, an unclosed bracket) makes the rest of a list
 * unreadable: {@link #read} then fails the whole file with the line of the error, whereas
 * {@link #parseMapping} (front matter of one Markdown file) reports it as a problem of
 * that one file.
 */
public final class YamlItems {

	private static final YAMLMapper mapper = YAMLMapper.builder()
		.enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
		.build();

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private YamlItems() {
	}

	/**
	 * Reads a YAML file whose top level is a list of mappings and hands each mapping over
	 * as an {@link Item} with the line it starts on. An item that is not a mapping is
	 * rejected here.
	 * @throws IOException when the file is empty, is not a list, or is not well-formed
	 * YAML
	 */
	public static void read(SourceInput input, RowSink sink, Consumer<Item> onItem) throws IOException {
		try (Reader reader = new InputStreamReader(input.open(), StandardCharsets.UTF_8);
				JsonParser parser = mapper.createParser(reader)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new IOException(input.name() + " is empty: expected a YAML list of items ('- id: ...')");
			}
			if (first != JsonToken.START_ARRAY) {
				throw new IOException(input.name() + ":" + parser.currentTokenLocation().getLineNr()
						+ " must be a YAML list of items ('- id: ...'), found " + describe(first));
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				long line = parser.currentTokenLocation().getLineNr();
				Lines lines = new Lines();
				JsonNode node = readNode(parser, "", lines);
				if (!(node instanceof ObjectNode mapping)) {
					sink.reject(line, "item is not a mapping of fields ('- id: ...'), found " + describe(node));
					continue;
				}
				onItem.accept(new Item(mapping, line, "", lines, new ArrayList<>()));
			}
			if (parser.nextToken() != null) {
				throw new IOException(input.name() + ":" + parser.currentTokenLocation().getLineNr()
						+ " holds a second YAML document; expected one list of items");
			}
		}
		catch (JsonParseException ex) {
			throw new IOException(input.name() + ":" + errorLine(ex) + ": malformed YAML, the file cannot be read: "
					+ errorMessage(ex), ex);
		}
	}

	/**
	 * Parses one YAML mapping, e.g. the front matter of a Markdown file. Never throws:
	 * malformed YAML, or YAML that is not a mapping, gives an item whose only problem
	 * says so, at the line of the error.
	 * @param firstLine the line of its file the YAML text starts on, so that fields
	 * report the file's lines
	 * @param line the line of its file problems of the mapping as a whole are reported on
	 * (a missing field)
	 */
	public static Item parseMapping(String yaml, long firstLine, long line) {
		Lines lines = new Lines();
		long offset = firstLine - 1;
		try (JsonParser parser = mapper.createParser(yaml)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				return Item.invalid(line, "the front matter is empty");
			}
			JsonNode node = readNode(parser, "", lines);
			if (!(node instanceof ObjectNode mapping)) {
				return Item.invalid(line, "the front matter is not a mapping of fields, found " + describe(node));
			}
			if (parser.nextToken() != null) {
				return Item.invalid(offset + parser.currentTokenLocation().getLineNr(),
						"the front matter holds more than one YAML document");
			}
			lines.shift(offset);
			return new Item(mapping, line, "", lines, new ArrayList<>());
		}
		catch (JsonParseException ex) {
			return Item.invalid(offset + errorLine(ex), "malformed YAML in the front matter: " + errorMessage(ex));
		}
		catch (IOException ex) {
			return Item.invalid(line, "unreadable front matter: " + ex.getMessage());
		}
	}

	/**
	 * Builds the tree of the value at the parser's current token, noting the line of
	 * every field and element.
	 */
	private static JsonNode readNode(JsonParser parser, String path, Lines lines) throws IOException {
		JsonToken token = parser.currentToken();
		switch (token) {
			case START_OBJECT: {
				ObjectNode object = nodes.objectNode();
				for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
					String key = parser.currentName();
					String keyPath = path.isEmpty() ? key : path + "." + key;
					long keyLine = parser.currentTokenLocation().getLineNr();
					parser.nextToken();
					JsonNode value = readNode(parser, keyPath, lines);
					if (object.has(key)) {
						lines.duplicate(keyPath, keyLine);
					}
					else {
						lines.put(keyPath, keyLine);
					}
					object.set(key, value);
				}
				return object;
			}
			case START_ARRAY: {
				ArrayNode array = nodes.arrayNode();
				for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
					String elementPath = path + "[" + array.size() + "]";
					lines.put(elementPath, parser.currentTokenLocation().getLineNr());
					array.add(readNode(parser, elementPath, lines));
				}
				return array;
			}
			case VALUE_NULL:
				return NullNode.getInstance();
			default:
				return TextNode.valueOf(parser.getText());
		}
	}

	private static long errorLine(JsonParseException ex) {
		if (ex.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
			return marked.getProblemMark().getLine() + 1L;
		}
		return ex.getLocation() == null ? 1 : Math.max(1, ex.getLocation().getLineNr());
	}

	private static String errorMessage(JsonParseException ex) {
		if (ex.getCause() instanceof MarkedYAMLException marked) {
			String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
			return context + marked.getProblem();
		}
		String message = ex.getOriginalMessage();
		return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
	}

	private static String describe(Object token) {
		if (token instanceof JsonToken t) {
			return switch (t) {
				case START_OBJECT -> "a mapping";
				case START_ARRAY -> "a list";
				default -> "a single value";
			};
		}
		JsonNode node = (JsonNode) token;
		return node.isObject() ? "a mapping"
				: node.isArray() ? "a list" : node.isNull() ? "nothing" : "'" + node.asText() + "'";
	}

	/**
	 * The line of every field and list element of one parsed item, by path
	 * ({@code roles[1].role}).
	 */
	private static final class Lines {

		private final Map<String, Long> byPath = new HashMap<>();

		private final Map<String, Long> duplicates = new java.util.LinkedHashMap<>();

		void put(String path, long line) {
			byPath.put(path, line);
		}

		void duplicate(String path, long line) {
			duplicates.putIfAbsent(path, line);
		}

		Long get(String path) {
			return byPath.get(path);
		}

		void shift(long offset) {
			byPath.replaceAll((path, line) -> line + offset);
			duplicates.replaceAll((path, line) -> line + offset);
		}

	}

	/**
	 * A problem of an item: what is wrong, on which line, and about which field (its path
	 * in the item, e.g. {@code channels[0].value}; null for the item as a whole).
	 */
	public record Problem(long line, String message, String field) {
	}

	/**
	 * A validating view of one mapping (an item, or a nested mapping of an item). Every
	 * accessor checks its field and records a problem when the field is missing or wrong,
	 * returning null (or an empty list) then; all problems of an item, nested ones
	 * included, are collected, so an editor sees everything to fix at once.
	 */
	public static final class Item {

		private final ObjectNode node;

		private final long line;

		private final String path;

		private final Lines lines;

		private final List<Problem> problems;

		/** The fields whose shape did not fit their record (not reported twice). */
		private final List<String> shapeProblems = new ArrayList<>();

		private Item(ObjectNode node, long line, String path, Lines lines, List<Problem> problems) {
			this.node = node;
			this.line = line;
			this.path = path;
			this.lines = lines;
			this.problems = problems;
			if (path.isEmpty()) {
				lines.duplicates
					.forEach((field, at) -> problems.add(new Problem(at, field + " is written twice", field)));
			}
		}

		/** An item that could not be read at all, with the one problem that says why. */
		public static Item invalid(long line, String problem) {
			Item item = new Item(nodes.objectNode(), line, "", new Lines(), new ArrayList<>());
			item.problems.add(new Problem(line, problem, null));
			return item;
		}

		/**
		 * A mapping that comes from no file (a write through the API, built in the shape
		 * of a source item) so that it is checked by the same rules; its problems have no
		 * line, and each names its field.
		 */
		public static Item of(ObjectNode node) {
			return new Item(node, 0, "", new Lines(), new ArrayList<>());
		}

		/**
		 * The mapping bound to its input record by Jackson (the record's names, its
		 * {@code @JsonProperty} where the file's differ), after its shape is checked
		 * against the record: an unknown field, a list where a text belongs, a text where
		 * a mapping belongs are problems of the item on their lines, and such fields are
		 * left out of the binding. The record's constraints are checked by the caller's
		 * rule ({@link #report}).
		 */
		public <T extends Record> T bind(Class<T> type) {
			return mapper.convertValue(shaped(node, type, path), type);
		}

		/**
		 * Records the problems a rule found in the record {@link #bind} gave, each on the
		 * line of its field; a field whose shape was already a problem is not reported
		 * again.
		 */
		public void report(List<ValidationProblems.Problem> found) {
			for (ValidationProblems.Problem problem : found) {
				String column = problem.column();
				if (column != null && shapeProblems.stream()
					.anyMatch(at -> column.equals(at) || column.startsWith(at + ".") || column.startsWith(at + "["))) {
					continue;
				}
				problems.add(new Problem(column == null ? line : lineAt(column), problem.reason(), column));
			}
		}

		/**
		 * A copy of a mapping with only the fields of the record's shape; every other
		 * field is a problem.
		 */
		private ObjectNode shaped(ObjectNode mapping, Class<?> type, String at) {
			Map<String, RecordComponent> components = new java.util.LinkedHashMap<>();
			for (RecordComponent component : type.getRecordComponents()) {
				components.put(ValidationProblems.column(type, component.getName()), component);
			}
			List<String> unknown = new ArrayList<>();
			mapping.fieldNames().forEachRemaining(key -> {
				if (!components.containsKey(key)) {
					unknown.add(key);
				}
			});
			if (!unknown.isEmpty()) {
				String first = pathOf(at, unknown.get(0));
				problems.add(new Problem(
						lineAt(first), "unknown field(s) " + String.join(", ", unknown)
								+ (at.isEmpty() ? "" : " in " + at) + "; allowed: " + sorted(components.keySet()),
						first));
				shapeProblems.add(first);
			}
			ObjectNode shaped = nodes.objectNode();
			components.forEach((key, component) -> {
				JsonNode value = mapping.get(key);
				if (value == null || value.isNull()) {
					return;
				}
				String fieldPath = pathOf(at, key);
				JsonNode fitting = fitting(value, component.getType(), elementType(component), fieldPath);
				if (fitting != null) {
					shaped.set(key, fitting);
				}
			});
			return shaped;
		}

		/** The value in the record's shape, or null when it does not fit (a problem). */
		private JsonNode fitting(JsonNode value, Class<?> type, Class<?> element, String at) {
			if (type.isRecord()) {
				return value.isObject() ? shaped((ObjectNode) value, type, at)
						: shapeProblem(at, "must be a mapping of fields, found " + describe(value));
			}
			if (!List.class.isAssignableFrom(type)) {
				return value.isValueNode() ? value
						: shapeProblem(at, "must be a single text, found " + describe(value));
			}
			boolean ofMappings = element != null && element.isRecord();
			if (!value.isArray()) {
				return shapeProblem(at,
						ofMappings ? "must be a list of mappings ('- field: ...'), found " + describe(value)
								: "must be a list ([a, b] or one '- a' a line), found " + describe(value));
			}
			ArrayNode list = nodes.arrayNode();
			for (int i = 0; i < value.size(); i++) {
				JsonNode each = value.get(i);
				String elementPath = at + "[" + i + "]";
				if (ofMappings && !each.isObject()) {
					return shapeProblem(elementPath, "must be a mapping of fields, found " + describe(each));
				}
				if (!ofMappings && (!each.isValueNode() || each.isNull())) {
					return shapeProblem(elementPath, "must be a single value, found " + describe(each));
				}
				list.add(ofMappings ? shaped((ObjectNode) each, element, elementPath) : each);
			}
			return list;
		}

		private JsonNode shapeProblem(String at, String message) {
			problems.add(new Problem(lineAt(at), at + " " + message, at));
			shapeProblems.add(at);
			return null;
		}

		private static Class<?> elementType(RecordComponent component) {
			return component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element ? element : null;
		}

		private static String pathOf(String at, String key) {
			return at.isEmpty() ? key : at + "." + key;
		}

		/** The line of a field by its path in the item, the item's line if unknown. */
		private long lineAt(String fieldPath) {
			Long at = lines.get(fieldPath);
			return at == null ? line : at;
		}

		/** The line the mapping starts on. */
		public long line() {
			return line;
		}

		/** The parsed mapping as it was written (scalars as text). */
		public ObjectNode node() {
			return node;
		}

		public boolean valid() {
			return problems.isEmpty();
		}

		/** All problems found so far, in the order found. */
		public List<Problem> problems() {
			return List.copyOf(problems);
		}

		/** All problems as one readable reason, or null when there is none. */
		public String reason() {
			return problems.isEmpty() ? null
					: problems.stream().map(Problem::message).collect(Collectors.joining("; "));
		}

		/**
		 * The line of the first problem (the field it is about), or the item's line when
		 * there is none.
		 */
		public long problemLine() {
			return problems.isEmpty() ? line : problems.get(0).line();
		}

		/**
		 * Records a problem about a field of this mapping (adapter-specific checks, e.g.
		 * unknown references).
		 */
		public void problem(String key, String message) {
			problems.add(new Problem(lineOf(key), describeField(key) + " " + message, describeField(key)));
		}

		/** Records a problem about the mapping as a whole. */
		public void problem(String message) {
			problems
				.add(new Problem(line, path.isEmpty() ? message : path + ": " + message, path.isEmpty() ? null : path));
		}

		/**
		 * The line a field of this mapping is written on (the mapping's line if unknown).
		 */
		public long lineOf(String key) {
			Long at = lines.get(path.isEmpty() ? key : path + "." + key);
			return at == null ? line : at;
		}

		private String describeField(String key) {
			return path.isEmpty() ? key : path + "." + key;
		}

		private static String sorted(Collection<String> allowed) {
			return allowed.stream().sorted().collect(Collectors.joining(", "));
		}

	}

}
