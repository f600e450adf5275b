package be.duaalatlas.search;

import java.util.List;

/** The GraphQL {@code SearchFilter} input; every field optional. Enum values arrive as their names. */
public record SearchFilter(List<String> kinds, String programme, String qualification, String studyDomain,
		String grade, String finality, List<String> sectors, List<String> regions, String municipality, String rtcArea,
		String audience, String step, String language, String recognisedBy, String recognitionValidOn,
		Boolean lookingForLearner) {

	public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null);

	public static SearchFilter orNone(SearchFilter filter) {
		return filter == null ? NONE : filter;
	}

	/** The same filter, but for the given programme (linked browsing: programme → its workplaces). */
	public SearchFilter withProgramme(String code) {
		return new SearchFilter(kinds, code, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner);
	}

	public SearchFilter withKinds(List<String> only) {
		return new SearchFilter(only, programme, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner);
	}

	boolean hasProgrammeAttributes() {
		return programme != null || qualification != null || studyDomain != null || grade != null || finality != null;
	}

}
