package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.EmailAddress;
import be.duaalatlas.validation.PhoneNumber;
import be.duaalatlas.validation.WebAddress;
import jakarta.validation.constraints.Size;

/**
 * How to reach a stakeholder as the role map writes it: organisational channels only (a
 * website, a functional mailbox, a switchboard number), never a person's.
 */
public record ContactInput(@Size(max = MAX_VALUE) @WebAddress String website,
		@Size(max = MAX_VALUE) @EmailAddress String email, @Size(max = MAX_VALUE) @PhoneNumber String phone) {

	/** The longest address or number. */
	public static final int MAX_VALUE = 500;

	/** The fields a contact takes; any other is personal data or a typo. */
	public static final List<String> FIELDS = List.of("website", "email", "phone");

	public ContactInput {
		website = Cleaned.text(website);
		email = Cleaned.text(email);
		phone = Cleaned.text(phone);
	}

}
