package be.duaalatlas.ingest;

import java.io.IOException;

/**
 * One adapter per real source: it reads the format the source delivers, validates every row and turns good rows into
 * documents of one kind. Adding a source is adding an implementation; the pipeline does not change.
 */
public interface CatalogueSource {

	/** The source's name, as it appears in provenance and import reports, e.g. {@code programme-offer}. */
	String name();

	/** The kind (index) its documents go to. */
	String kind();

	/** Reads one input and hands each row to the sink. An IOException fails the whole import (nothing goes live). */
	void read(SourceInput input, ImportContext context, RowSink sink) throws IOException;

}
