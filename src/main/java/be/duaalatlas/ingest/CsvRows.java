package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a delimited file row by row with Jackson's CSV parser, checks the header and
 * every row's width, and hands each good row over by column name with its line number. A
 * malformed row is reported, never fatal.
 */
public final class CsvRows {

	private static final CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

	private CsvRows() {
	}

	/**
	 * @param onRow gets the 1-based line number and the row's values by column name
	 * (blank values as empty strings)
	 */
	public static void read(SourceInput input, char separator, List<String> requiredColumns, RowSink sink,
			BiConsumer<Long, Map<String, String>> onRow) throws IOException {
		CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
		try (Reader reader = new InputStreamReader(input.open(), StandardCharsets.UTF_8);
				MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema).readValues(reader)) {
			if (!rows.hasNextValue()) {
				throw new IOException(input.name() + " is empty: expected a header line " + requiredColumns);
			}
			List<String> header = Arrays.stream(rows.nextValue()).map(String::strip).toList();
			List<String> missing = new ArrayList<>(requiredColumns);
			missing.removeAll(header);
			if (!missing.isEmpty()) {
				throw new IOException(input.name() + " lacks the column(s) " + missing + " in its header " + header);
			}
			while (true) {
				long line = rows.getCurrentLocation().getLineNr();
				String[] values;
				try {
					if (!rows.hasNextValue()) {
						break;
					}
					line = rows.getCurrentLocation().getLineNr();
					values = rows.nextValue();
				}
				catch (RuntimeException ex) {
					sink.reject(line, "malformed line: " + firstLine(ex.getMessage()));
					continue;
				}
				if (values.length == 1 && values[0].isBlank()) {
					continue;
				}
				if (values.length != header.size()) {
					sink.reject(line, "malformed line: expected " + header.size() + " fields separated by '" + separator
							+ "', found " + values.length);
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < values.length; i++) {
					row.put(header.get(i), values[i] == null ? "" : values[i].strip());
				}
				onRow.accept(line, row);
			}
		}
	}

	/**
	 * A writer of rows in the same dialect {@link #read} reads: values with the
	 * separator, a quote or a line break in them are quoted. Flush it when done; closing
	 * it closes {@code out}.
	 */
	public static SequenceWriter writer(Writer out, char separator) throws IOException {
		CsvSchema schema = CsvSchema.emptySchema()
			.withColumnSeparator(separator)
			.withoutHeader()
			.withLineSeparator("\n");
		// strict: quotes only what needs them, so that plain values read as they
		// are written
		return mapper.writerFor(String[].class)
			.with(schema)
			.with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
			.writeValues(out);
	}

	/**
	 * Every row of a CSV file with a header line, by column name, in the same dialect as
	 * {@link #read}.
	 */
	public static List<Map<String, String>> readAll(Reader in, char separator) throws IOException {
		CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
		try (MappingIterator<Map<String, String>> rows = CsvMapper.builder()
			.build()
			.readerFor(Map.class)
			.with(schema)
			.readValues(in)) {
			return rows.readAll();
		}
	}

	private static String firstLine(String message) {
		return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
	}

}
