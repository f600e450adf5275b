package be.duaalatlas.ingest.programmeoffer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.Values;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.programme.ProgrammeDocument.Qualification;
import be.duaalatlas.index.Slugs;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.Finality;
import be.duaalatlas.vocabulary.Grade;
import be.duaalatlas.vocabulary.StudyDomain;

import org.springframework.stereotype.Component;

/**
 * The programme offer as the education department publishes it: a {@code ;}-separated
 * CSV, one programme a line, multi-values separated by {@code |}.
 */
@Component
class ProgrammeOfferSource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("code", "name_nl", "name_fr", "name_en", "aliases_nl", "aliases_fr",
			"aliases_en", "study_domain", "grade", "finality", "qualifications", "sectors", "workplace_share",
			"description_nl", "description_fr", "description_en", "changed");

	static final List<String> STUDY_DOMAINS = Enums.names(StudyDomain.class);

	static final List<String> GRADES = Coded.codes(Grade.class);

	static final List<String> FINALITIES = Coded.codes(Finality.class);

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
			String problem = Values.firstProblem(
					Values.required(row, "code", "name_nl", "study_domain", "grade", "finality"),
					Values.oneOf(row, "study_domain", STUDY_DOMAINS), Values.oneOf(row, "grade", GRADES),
					Values.oneOf(row, "finality", FINALITIES), Values.intInRange(row, "workplace_share", 0, 100),
					Values.date(row, "changed"), Values.slug(row, "code"));
			if (problem != null) {
				sink.reject(line, problem);
				return;
			}
			String code = row.get("code");
			List<Qualification> qualifications = Values.list(row.get("qualifications"))
				.stream()
				.map(name -> new Qualification(Slugs.of(name), name))
				.toList();
			Localized name = new Localized(row.get("name_nl"), Values.blankToNull(row.get("name_fr")),
					Values.blankToNull(row.get("name_en")));
			LocalizedList aliases = new LocalizedList(Values.list(row.get("aliases_nl")),
					Values.list(row.get("aliases_fr")), Values.list(row.get("aliases_en")));
			sink.index(code,
					new ProgrammeDocument(ProgrammeDocument.KIND, code, name, aliases,
							new Localized(Values.blankToNull(row.get("description_nl")),
									Values.blankToNull(row.get("description_fr")),
									Values.blankToNull(row.get("description_en"))),
							row.get("study_domain"), row.get("grade"), row.get("finality"), qualifications,
							Values.list(row.get("sectors")), Values.integer(row.get("workplace_share")),
							new Suggest(suggestions(name, aliases)), false, Values.blankToNull(row.get("changed")),
							context.provenance(name(), code, input, line, Values.blankToNull(row.get("changed")))),
					line);
		});
	}

	private static List<String> suggestions(Localized name, LocalizedList aliases) {
		List<String> inputs = new ArrayList<>();
		for (String lang : List.of("nl", "fr", "en")) {
			name.in(lang).ifPresent(inputs::add);
			inputs.addAll(aliases.in(lang));
		}
		return inputs.stream().distinct().toList();
	}

}
