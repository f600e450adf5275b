package be.duaalatlas.ingest;

/** Where an adapter puts what it read: valid documents and rejected rows. */
public interface RowSink {

	/** A complete document, replacing any earlier one with the same id. */
	void index(String id, Object document, long line);

	/**
	 * A partial document merged into an existing one (for sources that add fields to
	 * another source's records).
	 */
	void merge(String id, Object partialDocument, long line);

	void reject(long line, String reason);

}
