package be.duaalatlas.ingest.programmeoffer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.programme.ProgrammeInput;
import be.duaalatlas.programme.ProgrammeRules;
import be.duaalatlas.validation.ValidationProblems.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The programme offer as the education department publishes it: a {@code ;}-separated
 * CSV, one programme a line bound to a {@link ProgrammeInput} and made a document by
 * {@link ProgrammeRules}.
 */
@Component
class ProgrammeOfferSource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("code", "name_nl", "name_fr", "name_en", "aliases_nl", "aliases_fr",
			"aliases_en", "study_domain", "grade", "finality", "qualifications", "sectors", "workplace_share",
			"description_nl", "description_fr", "description_en", "changed");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Validator validator;

	ProgrammeOfferSource(Validator validator) {
		this.validator = validator;
	}

	@Override
	public String name() {
		return "programme-offer";
	}

	@Override
	public String kind() {
		return ProgrammeDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			ProgrammeInput programme = JSON.convertValue(row, ProgrammeInput.class);
			Optional<Problem> problem = ProgrammeRules.problem(programme, validator);
			if (problem.isPresent()) {
				sink.reject(line, problem.get().reason());
				return;
			}
			sink.index(programme.code(), ProgrammeRules.programme(programme,
					context.provenance(name(), programme.code(), input, line, programme.changed())), line);
		});
	}

}
