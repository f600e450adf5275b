package be.duaalatlas.ingest;

/** The import as a whole failed; nothing of it went live. */
public class ImportFailedException extends RuntimeException {

	public ImportFailedException(String message) {
		super(message);
	}

	public ImportFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
