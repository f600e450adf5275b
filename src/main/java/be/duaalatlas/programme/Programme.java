package be.duaalatlas.programme;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Finality;
import be.duaalatlas.vocabulary.Grade;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.StudyDomain;

/** The GraphQL {@code Programme}: a programme document seen in one language. */
public record Programme(String id, String code, Text name, List<String> aliases, Text description,
		StudyDomain studyDomain, Grade grade, Finality finality, List<ProgrammeDocument.Qualification> qualifications,
		List<String> sectors, Integer workplaceShare, boolean sample, Provenance provenance, String lang) {

	public static Programme of(ProgrammeDocument doc, String lang) {
		List<String> aliases = doc.aliases() == null ? List.of()
				: doc.aliases().in(lang).isEmpty() ? doc.aliases().in("nl") : doc.aliases().in(lang);
		return new Programme(Kind.PROGRAMME.globalId(doc.code()), doc.code(), Text.official(doc.name(), lang, "nl"),
				aliases, Text.ours(doc.description(), lang), StudyDomain.valueOf(doc.studyDomain()),
				Coded.fromCode(Grade.class, doc.grade()).orElseThrow(),
				Coded.fromCode(Finality.class, doc.finality()).orElseThrow(),
				doc.qualifications() == null ? List.of() : doc.qualifications(),
				doc.sectors() == null ? List.of() : doc.sectors(), doc.workplaceShare(), doc.sample(), doc.provenance(),
				lang);
	}

}
