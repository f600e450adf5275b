package be.duaalatlas.workplace;

import be.duaalatlas.validation.EnterpriseNumber;
import be.duaalatlas.validation.EstablishmentNumber;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.Postcode;
import be.duaalatlas.validation.TrueOrFalse;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The establishment a line of the register's export is about (its recognition is a
 * {@link RecognitionInput}), bound by Jackson by the export's column names. Values are
 * stripped, blank is absent.
 *
 * @param jointCommittee the company's joint committee, which routes a line without a
 * partnership to the body competent for it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterLineInput(
		@JsonProperty("enterprise_number") @NotBlank @Size(max = MAX_NUMBER) @EnterpriseNumber String enterpriseNumber,
		@JsonProperty("establishment_number") @NotBlank @Size(
				max = MAX_NUMBER) @EstablishmentNumber String establishmentNumber,
		@JsonProperty("establishment_name") @NotBlank @Size(max = MAX_TEXT) String establishmentName,
		@JsonProperty("legal_form") @Size(max = MAX_TEXT) String legalForm, @Size(max = MAX_TEXT) String street,
		@NotBlank @Postcode String postcode, @NotBlank @OneOf(Sector.class) String sector,
		@JsonProperty("joint_committee") @Size(max = MAX_NUMBER) String jointCommittee, @IsoDate String changed,
		@TrueOrFalse String sample) {

	/** The longest official number as written (KBO numbers, a joint committee). */
	public static final int MAX_NUMBER = 20;

	/** The longest name, street or legal form. */
	public static final int MAX_TEXT = 200;

	public RegisterLineInput {
		enterpriseNumber = RecognitionInput.clean(enterpriseNumber);
		establishmentNumber = RecognitionInput.clean(establishmentNumber);
		establishmentName = RecognitionInput.clean(establishmentName);
		legalForm = RecognitionInput.clean(legalForm);
		street = RecognitionInput.clean(street);
		postcode = RecognitionInput.clean(postcode);
		sector = RecognitionInput.clean(sector);
		jointCommittee = RecognitionInput.clean(jointCommittee);
		changed = RecognitionInput.clean(changed);
		sample = RecognitionInput.clean(sample);
	}

}
