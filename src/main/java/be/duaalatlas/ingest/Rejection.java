package be.duaalatlas.ingest;

/**
 * A source row that was not imported, and why; the rest of the source imports all the
 * same.
 */
public record Rejection(String file, long line, String reason) {
}
