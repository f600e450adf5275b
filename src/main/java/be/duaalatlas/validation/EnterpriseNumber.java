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
 * A company's enterprise number (KBO) as the register writes it, check digits included
 * ({@link KboNumber#enterpriseProblem}). Blank is fine (absent).
 */
@Documented
@Constraint(validatedBy = EnterpriseNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface EnterpriseNumber {

	String message() default "is not a KBO number";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule; its message says what is wrong (the format, or the check digits). */
	class Check implements ConstraintValidator<EnterpriseNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String problem = value == null || value.isBlank() ? null : KboNumber.enterpriseProblem(value);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(ValidationProblems.literal(problem)).addConstraintViolation();
			return false;
		}

	}

}
