package be.duaalatlas.ingest.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.Values;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

/**
 * What adapter unit tests share: a sink that records, fixture inputs, and live records to
 * validate against.
 */
public final class AdapterTesting {

	public static final ObjectMapper json = new ObjectMapper();

	/**
	 * The sample catalogue shipped in the repository (tests run from the project
	 * directory).
	 */
	public static final Path SAMPLE = Path.of("src/main/resources/catalogue");

	private AdapterTesting() {
	}

	/** A test fixture on the test classpath, e.g. {@code fixtures/role-map/good.yaml}. */
	public static SourceInput fixture(String path) {
		return new SourceInput(path, new ClassPathResource(path));
	}

	/** An input with the given text, for small cases written in the test itself. */
	public static SourceInput text(String name, String content) {
		return new SourceInput(name, new org.springframework.core.io.ByteArrayResource(
				content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	/**
	 * A file of the sample catalogue, named as the sample loader names it
	 * ({@code catalogue/...}).
	 */
	public static SourceInput sample(String path) {
		return new SourceInput("catalogue/" + path,
				new org.springframework.core.io.FileSystemResource(SAMPLE.resolve(path)));
	}

	public static boolean sampleExists(String path) {
		return Files.exists(SAMPLE.resolve(path));
	}

	/**
	 * All files of the sample catalogue under a folder with a name ending, sorted by
	 * path.
	 */
	public static List<SourceInput> samples(String folder, String suffix) {
		try (var files = Files.walk(SAMPLE.resolve(folder))) {
			return files.filter(f -> f.toString().endsWith(suffix))
				.sorted()
				.map(f -> sample(SAMPLE.relativize(f).toString().replace('\\', '/')))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ImportContext context(Map<String, Map<String, ObjectNode>> records) {
		return ImportContext.forTest(records);
	}

	/** A live record as the engine would return it: the document's JSON. */
	public static ObjectNode record(Object document) {
		return json.valueToTree(document);
	}

	public static ObjectNode named(String nl, String fr, String en) {
		ObjectNode record = json.createObjectNode();
		ObjectNode name = record.putObject("name");
		name.put("nl", nl);
		if (fr != null) {
			name.put("fr", fr);
		}
		if (en != null) {
			name.put("en", en);
		}
		return record;
	}

	/**
	 * Stand-ins for the live stakeholders of the sample catalogue: id and name of every
	 * item of the role map (the role-map test makes sure all of them import).
	 */
	public static Map<String, ObjectNode> sampleStakeholders() throws IOException {
		Map<String, ObjectNode> records = new LinkedHashMap<>();
		YamlItems.read(sample("stakeholders/stakeholders.yaml"), new RecordingSink(), item -> {
			ObjectNode record = json.createObjectNode();
			record.set("name", item.node().path("name"));
			records.put(item.node().path("id").asText(), record);
		});
		return records;
	}

	/**
	 * Stand-ins for the live programmes of the sample catalogue: code, name and sectors
	 * of every line.
	 */
	public static Map<String, ObjectNode> samplePrograms() throws IOException {
		Map<String, ObjectNode> records = new HashMap<>();
		CsvRows.read(sample("programmes/programmes.csv"), ';', List.of("code", "name_nl", "sectors"),
				new RecordingSink(), (line, row) -> {
					ObjectNode record = named(row.get("name_nl"), Values.blankToNull(row.get("name_fr")),
							Values.blankToNull(row.get("name_en")));
					ArrayNode sectors = record.putArray("sectors");
					Values.list(row.get("sectors")).forEach(sectors::add);
					records.put(row.get("code"), record);
				});
		return records;
	}

	/**
	 * Fails when the document, as JSON, has a field that the kind's index definition does
	 * not map: the index is {@code "dynamic": "strict"}, so the engine would refuse the
	 * whole document.
	 */
	public static void assertFitsMapping(String kind, Object document) {
		try {
			ObjectNode definition = (ObjectNode) json.readTree(Path.of("search-mappings", kind + ".json").toFile());
			checkFields(json.valueToTree(document), definition.path("mappings"), kind);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void checkFields(com.fasterxml.jackson.databind.JsonNode value,
			com.fasterxml.jackson.databind.JsonNode mapping, String path) {
		if (value.isArray()) {
			value.forEach(element -> checkFields(element, mapping, path));
			return;
		}
		if (!value.isObject()) {
			return;
		}
		if (!mapping.has("properties")) {
			// fields whose type takes an object as value: a completion's input, a
			// geo_point's lat/lon
			if (!List.of("completion", "geo_point").contains(mapping.path("type").asText())) {
				throw new AssertionError(path + " is an object but mapped as " + mapping);
			}
			return;
		}
		value.fields().forEachRemaining(field -> {
			com.fasterxml.jackson.databind.JsonNode fieldMapping = mapping.path("properties").path(field.getKey());
			if (fieldMapping.isMissingNode()) {
				throw new AssertionError(path + "." + field.getKey() + " is not in the index definition of " + path);
			}
			checkFields(field.getValue(), fieldMapping, path + "." + field.getKey());
		});
	}

	/** Records what an adapter hands over. */
	public static final class RecordingSink implements RowSink {

		public final Map<String, Indexed> indexed = new LinkedHashMap<>();

		public final List<Rejected> rejected = new ArrayList<>();

		public final List<Indexed> merged = new ArrayList<>();

		@Override
		public void index(String id, Object document, long line) {
			indexed.put(id, new Indexed(id, document, line));
		}

		@Override
		public void merge(String id, Object partialDocument, long line) {
			merged.add(new Indexed(id, partialDocument, line));
		}

		@Override
		public void reject(long line, String reason) {
			rejected.add(new Rejected(line, reason));
		}

		@SuppressWarnings("unchecked")
		public <T> T document(String id) {
			Indexed found = indexed.get(id);
			if (found == null) {
				throw new AssertionError(
						"no document '" + id + "' among " + indexed.keySet() + "; rejected: " + rejected);
			}
			return (T) found.document();
		}

		public Rejected rejection(long line) {
			return rejected.stream()
				.filter(r -> r.line() == line)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no rejection on line " + line + " among " + rejected));
		}

	}

	public record Indexed(String id, Object document, long line) {
	}

	public record Rejected(long line, String reason) {
	}

}
