package be.duaalatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import be.duaalatlas.index.Slugs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Slugs joined by {@code --}, as an offering's key ({@link Slugs#isCompoundKey}). Blank
 * is fine (absent).
 */
@Documented
@Constraint(validatedBy = CompoundKey.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface CompoundKey {

	String message() default "must be " + Slugs.COMPOUND_KEY_RULE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<CompoundKey, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || Slugs.isCompoundKey(value);
		}

	}

}
