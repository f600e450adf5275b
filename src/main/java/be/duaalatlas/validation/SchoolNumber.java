package be.duaalatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import be.duaalatlas.vocabulary.InstitutionNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A school's number (instellingsnummer) as {@link InstitutionNumber} reads it. Blank is
 * fine (absent).
 */
@Documented
@Constraint(validatedBy = SchoolNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface SchoolNumber {

	String message() default "is not a school number (instellingsnummer): six digits, like 012345";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<SchoolNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || InstitutionNumber.read(value) != null;
		}

	}

}
