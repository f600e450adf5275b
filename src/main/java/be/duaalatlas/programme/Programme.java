package be.duaalatlas.programme;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;

/** The GraphQL {@code Programme}: a programme document seen in one language. */
public record Programme(String id, String code, Text name, List<String> aliases, Text description, String studyDomain,
		String grade, String finality, List<ProgrammeDocument.Qualification> qualifications, List<String> sectors,
		Integer workplaceShare, boolean sample, Provenance provenance, String lang) {

	public static Programme of(ProgrammeDocument doc, String lang) {
		List<String> aliases = doc.aliases() == null ? List.of()
				: doc.aliases().in(lang).isEmpty() ? doc.aliases().in("nl") : doc.aliases().in(lang);
		return new Programme("Programme:" + doc.code(), doc.code(), Text.of(doc.name(), lang), aliases,
				Text.of(doc.description(), lang), doc.studyDomain(), grade(doc.grade()), finality(doc.finality()),
				doc.qualifications() == null ? List.of() : doc.qualifications(),
				doc.sectors() == null ? List.of() : doc.sectors(), doc.workplaceShare(), doc.sample(), doc.provenance(),
				lang);
	}

	static String grade(String grade) {
		return switch (grade) {
			case "2" -> "GRADE_2";
			case "3" -> "GRADE_3";
			default -> grade;
		};
	}

	static String finality(String finality) {
		return "DUBBEL".equals(finality) ? "DOUBLE" : "LABOUR_MARKET";
	}

}
