package be.duaalatlas.stakeholder;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A role a stakeholder holds, as the role map writes it and a stakeholder describes it
 * (the GraphQL {@code RoleDescriptionInput}: role and description only).
 *
 * @param legalBasis the decree or agreement the role rests on, where known
 */
public record RoleInput(@NotBlank(message = ValidationProblems.MISSING) @OneOf(EcosystemRole.class) String role,
		@NotNull(message = ValidationProblems.MISSING) @Valid TextsInput description,
		@Size(max = MAX_LEGAL_BASIS) String legalBasis) {

	/** The longest legal basis (a decree's or agreement's title and date). */
	public static final int MAX_LEGAL_BASIS = 500;

	public RoleInput {
		role = Cleaned.text(role);
		legalBasis = Cleaned.text(legalBasis);
	}

}
