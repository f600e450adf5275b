package be.duaalatlas.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Whether a text is a day of the calendar written {@code YYYY-MM-DD}. */
final class IsoDates {

	private IsoDates() {
	}

	static boolean valid(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
