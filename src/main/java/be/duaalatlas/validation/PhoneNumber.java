package be.duaalatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A phone number: digits, spaces and {@code + . / ( ) -}, at least 6 digits. Blank is
 * fine (absent).
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

	String message() default "is not a phone number";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<PhoneNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank()
					|| value.matches("[0-9 +./()-]+") && value.replaceAll("\\D", "").length() >= 6;
		}

	}

}
