package be.duaalatlas.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import be.duaalatlas.search.Availability;
import be.duaalatlas.search.PublicRecords;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Writes a kind's public records as they come from the engine, a page at a time, flushed
 * after each page: memory holds one page, whatever the kind's size.
 */
@Component
class Exports {

	private final PublicRecords records;

	private final Availability availability;

	private final ObjectMapper json;

	private final OpenDataProperties properties;

	Exports(PublicRecords records, Availability availability, ObjectMapper json, OpenDataProperties properties) {
		this.records = records;
		this.availability = availability;
		this.json = json;
		this.properties = properties;
	}

	/** Writes every public record of {@code dataset}; returns how many. */
	long write(Dataset dataset, Format format, OutputStream out) throws IOException {
		try {
			RecordWriter writer = format == Format.CSV ? new CsvWriter(out, json, dataset)
					: new NdjsonWriter(out, json);
			writer.start();
			long count = records.forEach(dataset.indexKind(), null, dataset.sourcePaths(), properties.pageSize(),
					properties.engineTimeout(), page -> writePage(dataset, writer, page));
			writer.finish();
			return count;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private void writePage(Dataset dataset, RecordWriter writer, List<Hit<ObjectNode>> page) {
		try {
			for (Hit<ObjectNode> hit : page) {
				writer.write(dataset, publicRecord(dataset, hit));
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The record as the public types show it: its global id, then its public fields. */
	private ObjectNode publicRecord(Dataset dataset, Hit<ObjectNode> hit) {
		ObjectNode source = hit.source() == null ? json.createObjectNode() : hit.source();
		JsonNode key = at(source, dataset.keyPath());
		ObjectNode shown = json.createObjectNode();
		shown.put("id", dataset.globalId(key.isMissingNode() || key.isNull() ? hit.id() : key.asText()));
		for (Field field : dataset.fields()) {
			JsonNode value = at(source, field.path());
			if (field.name().equals(Dataset.LOOKING_FOR_LEARNER)) {
				Boolean said = value.isBoolean() ? value.booleanValue() : null;
				Boolean shownNow = availability.lookingForLearner(said, at(source, "lastConfirmed").asText(null));
				value = shownNow == null ? NullNode.getInstance() : BooleanNode.valueOf(shownNow);
			}
			if (field.shape() == Field.Shape.LIST && !value.isMissingNode() && !value.isNull() && !value.isArray()) {
				// the engine keeps a one-element list as it was sent, maybe without
				// brackets
				ArrayNode list = json.createArrayNode();
				list.add(value);
				value = list;
			}
			if (!value.isMissingNode() && !value.isNull()) {
				shown.set(field.name(), value);
			}
		}
		return shown;
	}

	/** The node at a dotted path, or a missing node. */
	static JsonNode at(JsonNode node, String path) {
		JsonNode at = node;
		for (String part : path.split("\\.")) {
			at = at.path(part);
		}
		return at;
	}

	/** The export's formats, by file extension. */
	enum Format {

		NDJSON("ndjson", "application/x-ndjson"), CSV("csv", "text/csv;charset=UTF-8;header=present");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		String extension() {
			return extension;
		}

		String mediaType() {
			return mediaType;
		}

		static java.util.Optional<Format> ofExtension(String extension) {
			for (Format format : values()) {
				if (format.extension.equals(extension)) {
					return java.util.Optional.of(format);
				}
			}
			return java.util.Optional.empty();
		}

	}

	/** Writes records in one format. */
	interface RecordWriter {

		void start() throws IOException;

		void write(Dataset dataset, ObjectNode record) throws IOException;

		void flush() throws IOException;

		void finish() throws IOException;

	}

	/** One JSON object per line ({@code \n}), the public fields nested as in GraphQL. */
	static final class NdjsonWriter implements RecordWriter {

		private final JsonGenerator out;

		NdjsonWriter(OutputStream out, ObjectMapper json) throws IOException {
			this.out = json.getFactory().createGenerator(out);
			this.out.setRootValueSeparator(null);
		}

		@Override
		public void start() {
		}

		@Override
		public void write(Dataset dataset, ObjectNode record) throws IOException {
			out.writeTree(record);
			out.writeRaw('\n');
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}

		@Override
		public void finish() throws IOException {
			out.flush();
		}

	}

}
