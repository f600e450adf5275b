package be.duaalatlas.search;

import java.util.List;

import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Finality;
import be.duaalatlas.vocabulary.Grade;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.ProcessStep;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.StudyDomain;

/**
 * The GraphQL {@code SearchFilter} input, bound by Spring for GraphQL with its enums as
 * Java enums; every field optional. Sectors are codes ({@code bouw}), checked against
 * {@link be.duaalatlas.vocabulary.Sector}.
 */
public record SearchFilter(List<Kind> kinds, String programme, String qualification, StudyDomain studyDomain,
		Grade grade, Finality finality, List<String> sectors, List<Region> regions, String municipality, String rtcArea,
		Audience audience, ProcessStep step, Language language, String recognisedBy, String recognitionValidOn,
		Boolean lookingForLearner, String enterpriseNumber, String establishmentNumber, String institutionNumber) {

	public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null, null);

	public static SearchFilter orNone(SearchFilter filter) {
		return filter == null ? NONE : filter;
	}

	/** Only records of these kinds. */
	public static SearchFilter of(Kind... kinds) {
		return NONE.withKinds(List.of(kinds));
	}

	public SearchFilter withKinds(List<Kind> only) {
		return new SearchFilter(only, programme, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	/**
	 * The same filter, but for the given programme (linked browsing: programme → its
	 * workplaces).
	 */
	public SearchFilter withProgramme(String code) {
		return new SearchFilter(kinds, code, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	public SearchFilter withQualification(String id) {
		return new SearchFilter(kinds, programme, id, studyDomain, grade, finality, sectors, regions, municipality,
				rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	public SearchFilter withStudyDomain(StudyDomain domain) {
		return new SearchFilter(kinds, programme, qualification, domain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	public SearchFilter withGrade(Grade only) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, only, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	public SearchFilter withFinality(Finality only) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, grade, only, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	/** Records of this sector (code), or every sector for null. */
	public SearchFilter withSector(String sector) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, grade, finality,
				sector == null ? null : List.of(sector), regions, municipality, rtcArea, audience, step, language,
				recognisedBy, recognitionValidOn, lookingForLearner, enterpriseNumber, establishmentNumber,
				institutionNumber);
	}

	public SearchFilter withRegions(List<Region> only) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, grade, finality, sectors,
				only == null || only.isEmpty() ? null : only, municipality, rtcArea, audience, step, language,
				recognisedBy, recognitionValidOn, lookingForLearner, enterpriseNumber, establishmentNumber,
				institutionNumber);
	}

	public SearchFilter withAudience(Audience only) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, only, step, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	public SearchFilter withStep(ProcessStep only) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, only, language, recognisedBy, recognitionValidOn, lookingForLearner,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	public SearchFilter withLookingForLearner(Boolean looking) {
		return new SearchFilter(kinds, programme, qualification, studyDomain, grade, finality, sectors, regions,
				municipality, rtcArea, audience, step, language, recognisedBy, recognitionValidOn, looking,
				enterpriseNumber, establishmentNumber, institutionNumber);
	}

	boolean hasProgrammeAttributes() {
		return programme != null || qualification != null || studyDomain != null || grade != null || finality != null;
	}

}
