package be.duaalatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields some sources add to other sources' records (the companies' availability to
 * the register's workplaces), held until the record they belong to is written, then
 * merged into it: one write per record, no rewritten copies. Holds one small entry per
 * row of those sources (about 200 bytes each).
 */
final class PendingMerges {

	private final ObjectMapper json;

	private final Map<String, List<Merge>> byId = new LinkedHashMap<>();

	PendingMerges(ObjectMapper json) {
		this.json = json;
	}

	/**
	 * A sink that keeps the merges of an input; whole documents do not belong in such a
	 * source.
	 */
	RowSink sink(SourceInput input, ImportProgress progress) {
		return new RowSink() {
			@Override
			public void index(String id, Object document, long line) {
				progress.read();
				progress.reject(new Rejection(input.name(), line,
						"a source that adds fields to other records cannot " + "write whole records"));
			}

			@Override
			public void merge(String id, Object partialDocument, long line) {
				progress.read();
				byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(new Merge(partialDocument, input.name(), line));
			}

			@Override
			public void reject(long line, String reason) {
				progress.read();
				progress.reject(new Rejection(input.name(), line, reason));
			}
		};
	}

	/**
	 * The document with the fields kept for its id merged in (in the order of their
	 * rows), counted as imported.
	 */
	Object applyTo(String id, Object document, ImportProgress progress) {
		List<Merge> merges = byId.remove(id);
		if (merges == null) {
			return document;
		}
		ObjectNode merged = json.valueToTree(document);
		for (Merge merge : merges) {
			merged.setAll((ObjectNode) json.valueToTree(merge.partial()));
		}
		progress.imported(merges.size());
		return merged;
	}

	/**
	 * Rows whose record no source wrote are rejected, as the engine would have refused to
	 * update it.
	 */
	void unclaimed(ImportProgress progress) {
		byId.forEach((id, merges) -> merges.forEach(merge -> progress.reject(
				new Rejection(merge.file(), merge.line(), "no record with id '" + id + "' to add these fields to"))));
		byId.clear();
	}

	private record Merge(Object partial, String file, long line) {
	}

}
