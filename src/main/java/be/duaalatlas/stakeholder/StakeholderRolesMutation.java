package be.duaalatlas.portal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.ingest.rolemap.RoleMapSource;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.security.Right;
import be.duaalatlas.stakeholder.EcosystemRole;
import be.duaalatlas.stakeholder.Stakeholder;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.stakeholder.StakeholderDocument.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A stakeholder describes what it does in the roles it holds in the role map (Action
 * 18.2): checked by the role map's rule ({@link RoleMapSource#roles}). Which roles it
 * holds and their legal basis are the register's and stay as they are.
 */
@Controller
class StakeholderRolesMutation {

	private final PartnerWrites writes;

	private final ObjectMapper json;

	StakeholderRolesMutation(PartnerWrites writes, ObjectMapper json) {
		this.writes = writes;
		this.json = json;
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
	 * The stakeholder's roles with the new descriptions: the described roles, in the
	 * shape of the role map's file, through its rule; then every role it holds, each with
	 * its new description or the one it had.
	 */
	private ObjectNode changes(StakeholderRolesInput input, ObjectNode current) {
		List<Role> held = json.convertValue(current.path("roles"),
				json.getTypeFactory().constructCollectionType(List.class, Role.class));
		Map<String, Role> byCode = new LinkedHashMap<>();
		held.forEach(role -> byCode.put(role.role(), role));
		ArrayNode described = json.createArrayNode();
		for (int i = 0; i < input.roles().size(); i++) {
			RoleDescriptionInput role = input.roles().get(i);
			String code = role.role().name();
			if (!byCode.containsKey(code)) {
				throw new BadArgumentException("input.roles[" + i + "].role",
						"'" + code + "' is not a role of " + input.stakeholder()
								+ " in the role map; the role map's register decides who holds which role");
			}
			ObjectNode item = described.addObject();
			item.put("role", code);
			item.set("description", json.valueToTree(role.description()));
			item.put("legalBasis", byCode.get(code).legalBasis());
		}
		ObjectNode shape = json.createObjectNode();
		shape.set("roles", described);
		YamlItems.Item checked = YamlItems.Item.of(shape);
		List<Role> roles = RoleMapSource.roles(checked);
		if (!checked.valid()) {
			throw PortalCallers.badInput(checked, field -> field);
		}
		roles.forEach(role -> byCode.put(role.role(), role));
		ObjectNode set = json.createObjectNode();
		set.set("roles", json.valueToTree(new ArrayList<>(byCode.values())));
		set.put("updatedAt", PortalCallers.today());
		return set;
	}

	/** The GraphQL {@code StakeholderRolesInput}. */
	record StakeholderRolesInput(String stakeholder, List<RoleDescriptionInput> roles) {
	}

	/** The GraphQL {@code RoleDescriptionInput}. */
	record RoleDescriptionInput(EcosystemRole role, SupportServiceMutations.TextsInput description) {
	}

	/** The GraphQL {@code StakeholderWritePayload}. */
	record StakeholderPayload(Stakeholder stakeholder, Change change, String visibleEverywhereBy) {
	}

}
