package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.Slug;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A Brussels equivalence as it comes in: an item of the equivalences file, bound by
 * Jackson by the file's names ({@code id} for the key). Texts are stripped, blank is
 * absent; lists lose blanks and repeats. The constraints are the item's rules;
 * {@link EquivalenceRules} adds those that need the live catalogue.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EquivalenceInput(@JsonProperty("id") @NotBlank(message = ValidationProblems.MISSING) @Slug String key,
		@NotBlank(message = ValidationProblems.MISSING) @Slug String programme,
		@NotNull(message = ValidationProblems.MISSING) @Valid FrenchSideInput frenchSide,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1, message = ValidationProblems.NO_VALUE) @Size(
				max = MAX_ACTORS, message = "holds more than {max} values") List<String> flemishActors,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1, message = ValidationProblems.NO_VALUE) @Size(
				max = MAX_ACTORS, message = "holds more than {max} values") List<String> frenchActors,
		@NotNull(message = ValidationProblems.MISSING) @Valid TextsInput note,
		@NotBlank(message = ValidationProblems.MISSING) @IsoDate String changed) {

	/** The most actors on one side. */
	public static final int MAX_ACTORS = 20;

	public EquivalenceInput {
		key = Cleaned.text(key);
		programme = Cleaned.text(programme);
		flemishActors = Cleaned.codes(flemishActors);
		frenchActors = Cleaned.codes(frenchActors);
		changed = Cleaned.text(changed);
	}

	/** The French-speaking training as the file writes it. */
	public record FrenchSideInput(
			@NotBlank(message = ValidationProblems.MISSING) @Size(max = TextsInput.MAX_TEXT) String name,
			@NotBlank(message = ValidationProblems.MISSING) @OneOf(FrenchSystem.class) String system,
			@NotBlank(message = ValidationProblems.MISSING) @Size(max = TextsInput.MAX_TEXT) String certificate) {

		public FrenchSideInput {
			name = Cleaned.text(name);
			system = Cleaned.text(system);
			certificate = Cleaned.text(certificate);
		}

	}

	/** CEFA: secondary education in alternance; EFP: apprenticeship with efp / SFPME. */
	public enum FrenchSystem {

		CEFA, EFP

	}

}
