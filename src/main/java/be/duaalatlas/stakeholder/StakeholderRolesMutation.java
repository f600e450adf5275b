package be.duaalatlas.stakeholder;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.security.Right;
import be.duaalatlas.stakeholder.StakeholderDocument.Role;
import be.duaalatlas.validation.ValidationProblems.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Validator;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A stakeholder describes what it does in the roles it holds in the role map (Action
 * 18.2): checked by the role map's rule for roles ({@link StakeholderRules#roles}). Which
 * roles it holds and their legal basis are the register's and stay as they are.
 */
@Controller
class StakeholderRolesMutation {

	private final PartnerWrites writes;

	private final ObjectMapper json;

	private final Validator validator;

	StakeholderRolesMutation(PartnerWrites writes, ObjectMapper json, Validator validator) {
		this.writes = writes;
		this.json = json;
		this.validator = validator;
	}

	@MutationMapping
	StakeholderPayload describeStakeholderRoles(@Argument StakeholderRolesInput input, @Argument int version,
			@Nullable Principal principal, DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.merge(
				new PartnerWrites.Attempt("describeStakeholderRoles", PortalCallers.of(principal), Right.STAKEHOLDER,
						StakeholderDocument.KIND, input.stakeholder(), "input.stakeholder", version),
				(caller, record) -> caller.actsFor(record.path("id").asText(null)), current -> changes(input, current));
		StakeholderDocument after = json.convertValue(accepted.record(), StakeholderDocument.class);
		return new StakeholderPayload(Stakeholder.of(after, Languages.of(null, env)), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/**
	 * The stakeholder's roles with the new descriptions: the described roles through the
	 * role map's rule, each one it holds; then every role it holds, each with its new
	 * description or the one it had, with the legal basis it had.
	 */
	private ObjectNode changes(StakeholderRolesInput input, ObjectNode current) {
		List<Problem> problems = StakeholderRules.roles(input, validator);
		if (!problems.isEmpty()) {
			throw new BadArgumentException(problems.get(0).argument("input"), problems.get(0).reason());
		}
		List<Role> held = json.convertValue(current.path("roles"),
				json.getTypeFactory().constructCollectionType(List.class, Role.class));
		Map<String, Role> byCode = new LinkedHashMap<>();
		held.forEach(role -> byCode.put(role.role(), role));
		for (int i = 0; i < input.roles().size(); i++) {
			RoleInput role = input.roles().get(i);
			if (!byCode.containsKey(role.role())) {
				throw new BadArgumentException("input.roles[" + i + "].role",
						"'" + role.role() + "' is not a role of " + input.stakeholder()
								+ " in the role map; the role map's register decides who holds which role");
			}
		}
		input.roles()
			.forEach(role -> byCode.put(role.role(),
					new Role(role.role(), role.description().localized(), byCode.get(role.role()).legalBasis())));
		ObjectNode set = json.createObjectNode();
		set.set("roles", json.valueToTree(new ArrayList<>(byCode.values())));
		set.put("updatedAt", PortalCallers.today());
		return set;
	}

	/** The GraphQL {@code StakeholderWritePayload}. */
	record StakeholderPayload(Stakeholder stakeholder, Change change, String visibleEverywhereBy) {
	}

}
