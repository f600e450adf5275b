package be.duaalatlas.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shipped tab-separated reference tables of the vocabulary (joint committees,
 * qualification codes): a header line, then one row per line; blank lines are skipped.
 */
final class ClasspathTable {

	/** One row's tab-separated fields and its line number (the header is line 1). */
	interface Row {

		void read(String[] fields, int line);

	}

	private ClasspathTable() {
	}

	static void read(String table, Row row) {
		try (InputStream in = ClasspathTable.class.getClassLoader().getResourceAsStream(table)) {
			if (in == null) {
				throw new IllegalStateException("missing " + table + " on the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			int line = 1;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (!text.isBlank()) {
					row.read(text.split("\t", -1), line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
