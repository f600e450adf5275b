package be.duaalatlas.ingest;

/**
 * Another import of the same kind (another instance, another import command) held the
 * kind's lease for longer than this import may wait: nothing was done.
 */
class ImportBusyException extends ImportFailedException {

	ImportBusyException(String message) {
		super(message);
	}

}
