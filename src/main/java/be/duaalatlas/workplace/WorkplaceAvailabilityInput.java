package be.duaalatlas.workplace;

import java.util.Optional;

import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.TrueOrFalse;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.validation.WholeNumber;
import be.duaalatlas.workplace.WorkplaceDocument.Availability;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A company's self-managed fields of one establishment: the GraphQL
 * {@code WorkplaceAvailabilityInput} (bound by {@code @Argument}, by these names) and a
 * line of the companies' CSV (bound by Jackson, by its column names). Its constraints are
 * the whole rule, for the file and the write alike. Values are stripped, blank is absent.
 *
 * @param version the version a write read (the API's only)
 * @param lastConfirmed the day the company last confirmed the fields (a write: today)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkplaceAvailabilityInput(
		@JsonProperty("establishment_number") @NotBlank @Size(max = MAX_NUMBER) String establishmentNumber,
		Integer version, @JsonProperty("looking_for_learner") @NotBlank @TrueOrFalse String lookingForLearner,
		@WholeNumber(min = 0, max = MAX_PLACES) String places,
		@JsonProperty("available_from") @IsoDate String availableFrom,
		@JsonProperty("last_confirmed") @NotBlank @IsoDate String lastConfirmed) {

	/** The longest establishment number as written. */
	public static final int MAX_NUMBER = 20;

	/** The most places one establishment offers. */
	public static final int MAX_PLACES = 500;

	public WorkplaceAvailabilityInput {
		establishmentNumber = RecognitionInput.clean(establishmentNumber);
		lookingForLearner = RecognitionInput.clean(lookingForLearner);
		places = RecognitionInput.clean(places);
		availableFrom = RecognitionInput.clean(availableFrom);
		lastConfirmed = RecognitionInput.clean(lastConfirmed);
	}

	/** The first rule the fields break, if any. */
	public Optional<Problem> problem(Validator validator) {
		return ValidationProblems.first(validator, this);
	}

	/** The same fields as a write confirms them: today. */
	WorkplaceAvailabilityInput confirmedOn(String today) {
		return new WorkplaceAvailabilityInput(establishmentNumber, version, lookingForLearner, places, availableFrom,
				today);
	}

	/** The fields valid input sets. */
	public Availability availability() {
		return new Availability(Boolean.valueOf(lookingForLearner), places == null ? null : Integer.valueOf(places),
				availableFrom, lastConfirmed);
	}

}
