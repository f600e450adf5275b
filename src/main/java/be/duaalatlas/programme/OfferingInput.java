package be.duaalatlas.programme;

import be.duaalatlas.validation.CompoundKey;
import be.duaalatlas.validation.EmailAddress;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.PhoneNumber;
import be.duaalatlas.validation.Postcode;
import be.duaalatlas.validation.SchoolNumber;
import be.duaalatlas.validation.TrueOrFalse;
import be.duaalatlas.validation.WebAddress;
import be.duaalatlas.vocabulary.Language;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A provider's offering as it comes in: the GraphQL {@code OfferingInput} (bound by
 * {@code @Argument}, by these names) and a row of the providers' CSV (bound by Jackson,
 * by the file's column names). Values are stripped, blank is absent. The constraints are
 * the row's rules; {@link OfferingRules} adds those that need the live catalogue.
 *
 * @param changed the file's day of the last change (a write: today)
 * @param sample whether the row is sample data (a write: never)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfferingInput(@JsonProperty("id") @NotBlank @Size(max = MAX_TEXT) @CompoundKey String key,
		@JsonProperty("programme_code") @NotBlank @Size(max = MAX_TEXT) String programmeCode,
		@JsonProperty("provider_id") @NotBlank @Size(max = MAX_TEXT) String providerId,
		@JsonProperty("provider_name") @NotBlank @Size(max = MAX_TEXT) String providerName,
		@JsonProperty("provider_kind") @NotBlank @OneOf(ProviderKind.class) String providerKind,
		@Size(max = MAX_TEXT) String street, @NotBlank @Postcode String postcode,
		@NotBlank @OneOf(Language.class) String language, @IsoDate String start, @IsoDate String changed,
		@TrueOrFalse String sample, @Size(max = MAX_TEXT) @WebAddress String website,
		@Size(max = MAX_TEXT) @EmailAddress String email, @Size(max = MAX_TEXT) @PhoneNumber String phone,
		@JsonProperty("enrolment_url") @Size(max = MAX_TEXT) @WebAddress String enrolmentUrl,
		@JsonProperty("institution_number") @Size(max = MAX_TEXT) @SchoolNumber String institutionNumber) {

	/** The longest text of an offering's field. */
	public static final int MAX_TEXT = 200;

	public OfferingInput {
		key = clean(key);
		programmeCode = clean(programmeCode);
		providerId = clean(providerId);
		providerName = clean(providerName);
		providerKind = clean(providerKind);
		street = clean(street);
		postcode = clean(postcode);
		language = clean(language);
		start = clean(start);
		changed = clean(changed);
		sample = clean(sample);
		website = clean(website);
		email = clean(email);
		phone = clean(phone);
		enrolmentUrl = clean(enrolmentUrl);
		institutionNumber = clean(institutionNumber);
	}

	/** The same offering as a write through the API records it: changed today. */
	OfferingInput writtenOn(String today) {
		return new OfferingInput(key, programmeCode, providerId, providerName, providerKind, street, postcode, language,
				start, today, "false", website, email, phone, enrolmentUrl, institutionNumber);
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
