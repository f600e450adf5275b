package be.duaalatlas.stakeholder;

import java.util.List;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.ValidationProblems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A stakeholder's descriptions of roles it holds, the GraphQL
 * {@code StakeholderRolesInput}: the roles by the role map's rule for roles.
 */
public record StakeholderRolesInput(@NotBlank(message = ValidationProblems.MISSING) String stakeholder,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1, message = ValidationProblems.NO_ENTRY) @Size(
				max = StakeholderInput.MAX_ROLES,
				message = "holds more than {max} entries") @Valid List<RoleInput> roles) {

	public StakeholderRolesInput {
		stakeholder = Cleaned.text(stakeholder);
		roles = Cleaned.entries(roles);
	}

}
