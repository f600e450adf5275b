package be.duaalatlas.workplace;

import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.vocabulary.RecognitionStatus;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One recognition as the register's export writes it (bound by Jackson from a line, by
 * its column names) and as a recognising body's write leaves it; {@link RegisterRules}
 * checks it the same way for both. Values are stripped, blank is absent.
 *
 * @param partnership the recognising body (a line may leave it to its joint committee)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecognitionInput(@JsonProperty("recognition_id") @NotBlank @Size(max = MAX_ID) String id,
		@JsonProperty("programme_code") @NotBlank @Size(max = MAX_CODE) String programmeCode,
		@Size(max = MAX_CODE) String qualification, @Size(max = MAX_CODE) String partnership,
		@JsonProperty("valid_from") @NotBlank @IsoDate String validFrom,
		@JsonProperty("valid_until") @NotBlank @IsoDate String validUntil,
		@NotBlank @OneOf(RecognitionStatus.class) String status) {

	/** The longest recognition id. */
	public static final int MAX_ID = 64;

	/** The longest code (a programme's, a qualification's, a body's key). */
	public static final int MAX_CODE = 100;

	public RecognitionInput {
		id = clean(id);
		programmeCode = clean(programmeCode);
		qualification = clean(qualification);
		partnership = clean(partnership);
		validFrom = clean(validFrom);
		validUntil = clean(validUntil);
		status = clean(status);
	}

	/** A recognition of a workplace, as a write leaves it, to check. */
	static RecognitionInput of(Recognition recognition) {
		return new RecognitionInput(recognition.id(), recognition.programmeCode(), recognition.qualification(),
				recognition.partnership(), recognition.validFrom(), recognition.validUntil(), recognition.status());
	}

	/** The workplace's recognition, by the given (or routed) recognising body. */
	public Recognition recognition(String body) {
		return new Recognition(id, programmeCode, qualification, body, validFrom, validUntil, status);
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
