package be.duaalatlas.programme;

import java.util.Arrays;
import java.util.List;

import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.Slug;
import be.duaalatlas.validation.WholeNumber;
import be.duaalatlas.vocabulary.Finality;
import be.duaalatlas.vocabulary.Grade;
import be.duaalatlas.vocabulary.StudyDomain;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * A programme of the offer as the education department publishes it, one line of its CSV
 * bound by Jackson by the file's column names; multi-values separated by {@code |}.
 * Values are stripped, blank is absent. {@link ProgrammeRules} makes its document.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeInput(@NotBlank @Slug String code, @JsonProperty("name_nl") @NotBlank String nameNl,
		@JsonProperty("name_fr") String nameFr, @JsonProperty("name_en") String nameEn,
		@JsonProperty("aliases_nl") String aliasesNl, @JsonProperty("aliases_fr") String aliasesFr,
		@JsonProperty("aliases_en") String aliasesEn,
		@JsonProperty("study_domain") @NotBlank @OneOf(StudyDomain.class) String studyDomain,
		@NotBlank @OneOf(Grade.class) String grade, @NotBlank @OneOf(Finality.class) String finality,
		String qualifications, String sectors,
		@JsonProperty("workplace_share") @WholeNumber(min = 0, max = 100) String workplaceShare,
		@JsonProperty("description_nl") String descriptionNl, @JsonProperty("description_fr") String descriptionFr,
		@JsonProperty("description_en") String descriptionEn, @IsoDate String changed) {

	public ProgrammeInput {
		code = clean(code);
		nameNl = clean(nameNl);
		nameFr = clean(nameFr);
		nameEn = clean(nameEn);
		aliasesNl = clean(aliasesNl);
		aliasesFr = clean(aliasesFr);
		aliasesEn = clean(aliasesEn);
		studyDomain = clean(studyDomain);
		grade = clean(grade);
		finality = clean(finality);
		qualifications = clean(qualifications);
		sectors = clean(sectors);
		workplaceShare = clean(workplaceShare);
		descriptionNl = clean(descriptionNl);
		descriptionFr = clean(descriptionFr);
		descriptionEn = clean(descriptionEn);
		changed = clean(changed);
	}

	/** The values of a {@code |}-separated multi-value. */
	static List<String> list(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
