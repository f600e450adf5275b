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
 * A date written {@code YYYY-MM-DD}, a real day of the calendar. Blank is fine (absent).
 */
@Documented
@Constraint(validatedBy = IsoDate.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

	String message() default "is not a date (expected YYYY-MM-DD)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<IsoDate, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || IsoDates.valid(value);
		}

	}

}
