package be.duaalatlas.index;

/**
 * Where a record comes from, on every document.
 *
 * @param source the source's name, e.g. {@code recognition-register}
 * @param recordId the record's id in that source
 * @param file the file it was read from, and its line (for tracing a record back)
 * @param changedAt when the source last changed the record (ISO date or date-time)
 * @param ingestedAt when this catalogue took it in
 */
public record Provenance(String source, String recordId, String file, Integer line, String changedAt,
		String ingestedAt) {
}
