package be.duaalatlas.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import be.duaalatlas.vocabulary.Coded;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A value of a closed set, the Java enum: its codes when it is {@link Coded} (as sources
 * write {@code nl}, {@code bouw}), else its constants' names. Blank is fine (absent); on
 * a list, every value (an absent or empty list is fine: say so with other rules).
 */
@Documented
@Constraint(validatedBy = { OneOf.Check.class, OneOf.EachCheck.class })
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	/** The closed set. */
	Class<? extends Enum<?>> value();

	String message() default "is not one of the allowed values";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule; its message lists what is allowed, sorted. */
	class Check implements ConstraintValidator<OneOf, String> {

		private List<String> allowed;

		@Override
		public void initialize(OneOf constraint) {
			allowed = codes(constraint);
		}

		static List<String> codes(OneOf constraint) {
			return Arrays.stream(constraint.value().getEnumConstants())
				.map(e -> e instanceof Coded coded ? coded.code() : e.name())
				.toList();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || allowed.contains(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate(ValidationProblems
					.literal("is not one of " + String.join(", ", allowed.stream().sorted().toList())))
				.addConstraintViolation();
			return false;
		}

	}

	/** The rule for a list; its message names the unknown values and what is allowed. */
	class EachCheck implements ConstraintValidator<OneOf, Collection<String>> {

		private List<String> allowed;

		@Override
		public void initialize(OneOf constraint) {
			allowed = Check.codes(constraint);
		}

		@Override
		public boolean isValid(Collection<String> values, ConstraintValidatorContext context) {
			List<String> unknown = values == null ? List.of()
					: values.stream().filter(v -> v != null && !allowed.contains(v)).toList();
			if (unknown.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(
					ValidationProblems.literal("has unknown value(s) " + String.join(", ", unknown) + "; allowed: "
							+ String.join(", ", allowed.stream().sorted().toList())))
				.addConstraintViolation();
			return false;
		}

	}

}
