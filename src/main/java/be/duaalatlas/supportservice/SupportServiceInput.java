package be.duaalatlas.supportservice;

import java.util.List;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.Slug;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.ProcessStep;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A support service as it comes in: the GraphQL {@code SupportServiceInput} (bound by
 * {@code @Argument}, by these names) and an item of the support services file (bound by
 * Jackson, by the file's names: {@code id} for the key). Texts are stripped, blank is
 * absent; lists lose blanks and repeats. The constraints are the item's rules;
 * {@link SupportServiceRules} adds the one that needs the live role map.
 *
 * @param changed the file's day of the last change (a write: today)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupportServiceInput(@JsonProperty("id") @NotBlank(message = ValidationProblems.MISSING) @Slug String key,
		@NotBlank(message = ValidationProblems.MISSING) @Slug String stakeholder,
		@NotNull(message = ValidationProblems.MISSING) @Valid TextsInput title,
		@NotNull(message = ValidationProblems.MISSING) @Valid TextsInput description,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Audience.class) List<String> audiences,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(ProcessStep.class) List<String> steps,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Region.class) List<String> regions,
		@OneOf(Sector.class) List<String> sectors,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Language.class) List<String> languages,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1, message = ValidationProblems.NO_ENTRY) @Size(
				max = MAX_CHANNELS, message = "holds more than {max} entries") @Valid List<ChannelInput> channels,
		@NotBlank(message = ValidationProblems.MISSING) @IsoDate String changed) {

	/** The most channels a service lists. */
	public static final int MAX_CHANNELS = 20;

	public SupportServiceInput {
		key = Cleaned.text(key);
		stakeholder = Cleaned.text(stakeholder);
		audiences = Cleaned.codes(audiences);
		steps = Cleaned.codes(steps);
		regions = Cleaned.codes(regions);
		sectors = Cleaned.codes(sectors);
		languages = Cleaned.codes(languages);
		channels = Cleaned.entries(channels);
		changed = Cleaned.text(changed);
	}

	/** The same service as a write through the API records it: changed today. */
	SupportServiceInput writtenOn(String today) {
		return new SupportServiceInput(key, stakeholder, title, description, audiences, steps, regions, sectors,
				languages, channels, today);
	}

}
