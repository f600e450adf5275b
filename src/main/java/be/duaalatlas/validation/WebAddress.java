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

/** A web address: http(s) with a host name. Blank is fine (absent). */
@Documented
@Constraint(validatedBy = WebAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "is not a web address (https://…)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule. */
	class Check implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank()
					|| value.matches("https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?");
		}

	}

}
