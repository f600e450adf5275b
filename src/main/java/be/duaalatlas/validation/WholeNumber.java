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
 * A whole number between {@link #min} and {@link #max}, written as text (a file's column)
 * or given as a number (an API's {@code Int}). Blank is fine (absent).
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

	int min();

	int max();

	String message() default "is not between {min} and {max}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule: a number in the range, else why not. */
	class Check implements ConstraintValidator<WholeNumber, String> {

		private int min;

		private int max;

		@Override
		public void initialize(WholeNumber constraint) {
			min = constraint.min();
			max = constraint.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				int number = Integer.parseInt(value);
				return number >= min && number <= max;
			}
			catch (NumberFormatException ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("is not a whole number").addConstraintViolation();
				return false;
			}
		}

	}

}
