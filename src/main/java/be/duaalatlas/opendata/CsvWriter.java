package be.duaalatlas.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CSV by RFC 4180: a header row, comma-separated, CRLF line ends, a value quoted when it
 * holds a comma, a quote, CR or LF (its quotes doubled), UTF-8. Nested values flattened:
 * an object becomes a column per part ({@code name.nl}, {@code location.lat},
 * {@code provider.contact.email}), a list one column holding it as a JSON array
 * ({@code ["bouw","hout"]}, objects included), a missing value an empty cell.
 */
final class CsvWriter implements Exports.RecordWriter {

	private final Writer out;

	private final ObjectMapper json;

	private final List<String> columns;

	private final List<Field> fields;

	CsvWriter(OutputStream out, ObjectMapper json, Dataset dataset) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
		this.json = json;
		this.columns = dataset.columns();
		this.fields = dataset.fields();
	}

	@Override
	public void start() throws IOException {
		row(columns);
	}

	@Override
	public void write(Dataset dataset, ObjectNode record) throws IOException {
		List<String> cells = new java.util.ArrayList<>(columns.size());
		cells.add(record.path("id").asText());
		for (Field field : fields) {
			JsonNode value = record.path(field.name());
			switch (field.shape()) {
				case OBJECT -> field.parts().forEach(part -> cells.add(text(Exports.at(value, part))));
				case LIST -> cells.add(value.isMissingNode() ? "" : json.writeValueAsString(value));
				default -> cells.add(text(value));
			}
		}
		row(cells);
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void finish() throws IOException {
		out.flush();
	}

	private static String text(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}

	private void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(cells.get(i)));
		}
		out.write("\r\n");
	}

	/** A cell as RFC 4180 writes it. */
	static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

}
