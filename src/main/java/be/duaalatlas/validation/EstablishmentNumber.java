package be.duaalatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import be.duaalatlas.vocabulary.KboNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An establishment unit's number (KBO) as the register writes it
 * ({@link KboNumber#establishmentProblem}). Blank is fine (absent).
 */
@Documented
@Constraint(validatedBy = EstablishmentNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface EstablishmentNumber {

	String message() default KboNumber.NOT_AN_ESTABLISHMENT_NUMBER;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<EstablishmentNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || KboNumber.establishmentProblem(value) == null;
		}

	}

}
