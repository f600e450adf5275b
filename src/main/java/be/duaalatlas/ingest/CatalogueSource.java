package be.duaalatlas.ingest;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * One adapter per real source: it reads the format the source delivers, validates every
 * row and turns good rows into documents of one kind. Adding a source is adding an
 * implementation; the pipeline does not change.
 */
public interface CatalogueSource {

	/**
	 * The source's name, as it appears in provenance and import reports, e.g.
	 * {@code programme-offer}.
	 */
	String name();

	/** The kind (index) its documents go to. */
	String kind();

	/**
	 * Reads one input and hands each row to the sink. An IOException fails the whole
	 * import (nothing goes live).
	 */
	void read(SourceInput input, ImportContext context, RowSink sink) throws IOException;

	/**
	 * Whether the source only adds fields to the records of another source of the same
	 * kind (through {@link RowSink#merge}): such a source is read first when a kind is
	 * rebuilt, so that its fields go into the records as they are written instead of
	 * rewriting written records.
	 */
	default boolean addsToOtherSources() {
		return false;
	}

	/**
	 * Reads all files of one import. The default reads them one by one; a source whose
	 * records span files (one Markdown file per language of a text) overrides it.
	 */
	default void readAll(List<SourceInput> inputs, ImportContext context, Function<SourceInput, RowSink> sinks)
			throws IOException {
		for (SourceInput input : inputs) {
			read(input, context, sinks.apply(input));
		}
	}

	/**
	 * The files beside an input that the source also reads (companion tables), so that a
	 * change to one of them makes the next import run instead of being skipped as
	 * unchanged.
	 */
	default List<SourceInput> companions(SourceInput input) {
		return List.of();
	}

}
