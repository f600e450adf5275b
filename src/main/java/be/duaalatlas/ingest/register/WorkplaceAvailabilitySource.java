package be.duaalatlas.ingest.register;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
public class WorkplaceAvailabilitySource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("establishment_number", "looking_for_learner", "places",
			"available_from", "last_confirmed");

	/** The rule of each column, checked in this order. */
	private static final Map<String, Function<Map<String, String>, String>> RULES = new LinkedHashMap<>();

	static {
		RULES.put("establishment_number", row -> Values.required(row, "establishment_number"));
		RULES.put("looking_for_learner", row -> Values.firstProblem(Values.required(row, "looking_for_learner"),
				Values.bool(row, "looking_for_learner")));
		RULES.put("places", row -> Values.intInRange(row, "places", 0, 500));
		RULES.put("available_from", row -> Values.date(row, "available_from"));
		RULES.put("last_confirmed",
				row -> Values.firstProblem(Values.required(row, "last_confirmed"), Values.date(row, "last_confirmed")));
	}

	/** A column that breaks its rule, and why. */
	public record Problem(String column, String reason) {
	}

	/**
	 * The first rule a row of this source breaks: the one rule for a company's
	 * self-managed fields, whether they come from this file or from the company's own
	 * write through the API.
	 */
	public static Optional<Problem> check(Map<String, String> row) {
		for (Map.Entry<String, Function<Map<String, String>, String>> rule : RULES.entrySet()) {
			String reason = rule.getValue().apply(row);
			if (reason != null) {
				return Optional.of(new Problem(rule.getKey(), reason));
			}
		}
		return Optional.empty();
	}

	/** The fields a valid row sets. */
	public static Availability availability(Map<String, String> row) {
		return new Availability(Boolean.valueOf(row.get("looking_for_learner")), Values.integer(row.get("places")),
				Values.blankToNull(row.get("available_from")), row.get("last_confirmed"));
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
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			Optional<Problem> problem = check(row);
			if (problem.isPresent()) {
				sink.reject(line, problem.get().reason());
				return;
			}
			sink.merge(row.get("establishment_number"), availability(row), line);
		});
	}

}
