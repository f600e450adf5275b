package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.workplace.WorkplaceAvailabilityInput;
import be.duaalatlas.workplace.WorkplaceDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The companies' self-managed fields (looking for a learner, places, from when, last
 * confirmed), a CSV keyed by establishment number, each line bound to a
 * {@link WorkplaceAvailabilityInput} and checked by its rule, the one a company's own
 * write goes through too. Merged into the register's workplace documents; a line for an
 * establishment the register does not know is rejected.
 */
@Component
public class WorkplaceAvailabilitySource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("establishment_number", "looking_for_learner", "places",
			"available_from", "last_confirmed");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Validator validator;

	WorkplaceAvailabilitySource(Validator validator) {
		this.validator = validator;
	}

	@Override
	public String name() {
		return "workplace-availability";
	}

	@Override
	public String kind() {
		return WorkplaceDocument.KIND;
	}

	@Override
	public boolean addsToOtherSources() {
		return true;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			WorkplaceAvailabilityInput availability = JSON.convertValue(row, WorkplaceAvailabilityInput.class);
			Optional<Problem> problem = availability.problem(validator);
			if (problem.isPresent()) {
				sink.reject(line, problem.get().reason());
				return;
			}
			sink.merge(availability.establishmentNumber(), availability.availability(), line);
		});
	}

}
