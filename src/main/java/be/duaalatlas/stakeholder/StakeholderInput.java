package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.Slug;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An organisation of the role map as it comes in: an item of the role map's file, bound
 * by Jackson by the file's names ({@code id} for the key). Texts are stripped, blank is
 * absent; lists lose blanks and repeats. The constraints are the item's rules;
 * {@link StakeholderRules} adds that a role is listed once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StakeholderInput(@JsonProperty("id") @NotBlank(message = ValidationProblems.MISSING) @Slug String key,
		@NotNull(message = ValidationProblems.MISSING) @Valid TextsInput name,
		@NotBlank(message = ValidationProblems.MISSING) @OneOf(StakeholderType.class) String type,
		@NotNull(message = ValidationProblems.MISSING) @Valid TextsInput description,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1, message = ValidationProblems.NO_ENTRY) @Size(
				max = MAX_ROLES, message = "holds more than {max} entries") @Valid List<RoleInput> roles,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Region.class) List<String> regions,
		@OneOf(Sector.class) List<String> sectors,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Language.class) List<String> languages,
		@Valid ContactInput contact, @NotBlank(message = ValidationProblems.MISSING) @IsoDate String changed) {

	/** The most roles one organisation holds (the role map has about a dozen). */
	public static final int MAX_ROLES = 50;

	public StakeholderInput {
		key = Cleaned.text(key);
		type = Cleaned.text(type);
		roles = Cleaned.entries(roles);
		regions = Cleaned.codes(regions);
		sectors = Cleaned.codes(sectors);
		languages = Cleaned.codes(languages);
		changed = Cleaned.text(changed);
	}

}
