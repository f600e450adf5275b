package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.List;

import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.Values;
import be.duaalatlas.workplace.WorkplaceDocument;
import be.duaalatlas.workplace.WorkplaceDocument.Availability;

import org.springframework.stereotype.Component;

/**
 * The companies' self-managed fields (looking for a learner, places, from when, last
 * confirmed), a CSV keyed by establishment number. Merged into the register's workplace
 * documents; a line for an establishment the register does not know is rejected.
 */
@Component
class WorkplaceAvailabilitySource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("establishment_number", "looking_for_learner", "places",
			"available_from", "last_confirmed");

	@Override
	public String name() {
		return "workplace-availability";
	}

	@Override
	public String kind() {
		return WorkplaceDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			String problem = Values.firstProblem(
					Values.required(row, "establishment_number", "looking_for_learner", "last_confirmed"),
					Values.bool(row, "looking_for_learner"), Values.intInRange(row, "places", 0, 500),
					Values.date(row, "available_from"), Values.date(row, "last_confirmed"));
			if (problem != null) {
				sink.reject(line, problem);
				return;
			}
			sink.merge(row.get("establishment_number"),
					new Availability(Boolean.valueOf(row.get("looking_for_learner")), Values.integer(row.get("places")),
							Values.blankToNull(row.get("available_from")), row.get("last_confirmed")),
					line);
		});
	}

}
