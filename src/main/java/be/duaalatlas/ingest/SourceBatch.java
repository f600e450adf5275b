package be.duaalatlas.ingest;

import java.util.List;

/** The files of one source that go into one import. */
public record SourceBatch(CatalogueSource source, List<SourceInput> inputs) {

	public static SourceBatch of(CatalogueSource source, SourceInput... inputs) {
		return new SourceBatch(source, List.of(inputs));
	}

}
