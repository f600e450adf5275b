package be.duaalatlas.supportservice;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.EmailAddress;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.PhoneNumber;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.WebAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A way to reach a support service as it comes in (the GraphQL {@code ChannelInput}, an
 * entry of a service's {@code channels} in the file): its value is checked by its kind.
 */
@ChannelInput.ValueOfItsKind
public record ChannelInput(@NotBlank(message = ValidationProblems.MISSING) @OneOf(ChannelKind.class) String kind,
		@NotBlank(message = ValidationProblems.MISSING) @Size(max = MAX_VALUE) String value, @Valid TextsInput label) {

	/** The longest address, number or URL. */
	public static final int MAX_VALUE = 500;

	public ChannelInput {
		kind = Cleaned.text(kind);
		value = Cleaned.text(value);
	}

	/**
	 * A channel's value fits its kind: a web address for a website or a form, an e-mail
	 * address, a phone number; an office's value is its address, any text.
	 */
	@Documented
	@Constraint(validatedBy = ValueOfItsKind.Check.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface ValueOfItsKind {

		String message() default "does not fit its kind";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** The rule, by the shared constraints' own checks; reported on {@code value}. */
		class Check implements ConstraintValidator<ValueOfItsKind, ChannelInput> {

			@Override
			public boolean isValid(ChannelInput channel, ConstraintValidatorContext context) {
				if (channel == null || channel.kind() == null || channel.value() == null) {
					return true;
				}
				String value = channel.value();
				String problem = switch (channel.kind()) {
					case "WEBSITE", "FORM" ->
						new WebAddress.Check().isValid(value, context) ? null : "is not a web address (https://…)";
					case "EMAIL" ->
						new EmailAddress.Check().isValid(value, context) ? null : "is not an e-mail address";
					case "PHONE" -> new PhoneNumber.Check().isValid(value, context) ? null : "is not a phone number";
					default -> null;
				};
				if (problem == null) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context
					.buildConstraintViolationWithTemplate(
							ValidationProblems.literal("'" + ValidationProblems.quoted(value) + "' " + problem))
					.addPropertyNode("value")
					.addConstraintViolation();
				return false;
			}

		}

	}

}
