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

/** A yes/no written {@code true} or {@code false}. Blank is fine (absent). */
@Documented
@Constraint(validatedBy = TrueOrFalse.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface TrueOrFalse {

	String message() default "is not true or false";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<TrueOrFalse, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || value.equals("true") || value.equals("false");
		}

	}

}
