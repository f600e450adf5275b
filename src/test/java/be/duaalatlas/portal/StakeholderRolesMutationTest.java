package be.duaalatlas.portal;

import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.texts;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code describeStakeholderRoles} (Action 18.2) with real signed JWTs: no token,
 * expired, wrong issuer, wrong audience, the right role for another organisation, the
 * right organisation without the right, the right organisation; then a bad input (the
 * role map's rule), a role the stakeholder does not hold, a stale version and an unknown
 * stakeholder. After every refusal the stakeholder is exactly as it was.
 */
class StakeholderRolesMutationTest extends AtlasIntegrationTest {

	static final String OWNER = "sp-hout-meubel";

	static final String OTHER = "sp-horeca";

	static final String DESCRIBE = """
			mutation($input: StakeholderRolesInput!, $version: Int!) {
			  describeStakeholderRoles(input: $input, version: $version) {
			    stakeholder { key version roles { role description { value } legalBasis } }
			    change { kind id operation version fields }
			    visibleEverywhereBy
			  }
			}
			""";

	static final String READ = """
			query($id: ID!) { stakeholder(id: $id) { key version roles { role description { value } legalBasis } } }
			""";

	@LocalServerPort
	int port;

	private JsonNode read() {
		return graphQl.document(READ).variable("id", OWNER).execute().path("stakeholder").entity(JsonNode.class).get();
	}

	private GraphQlTester.Response describe(String token, String stakeholder, int version,
			List<Map<String, Object>> roles) {
		return (token == null ? graphQl : as(graphQl, token)).document(DESCRIBE)
			.variable("input", Map.of("stakeholder", stakeholder, "roles", roles))
			.variable("version", version)
			.execute();
	}

	private static Map<String, Object> role(String role, String nl) {
		return Map.of("role", role, "description", Map.of("nl", nl, "fr", nl + " (fr)"));
	}

	@Test
	void withoutATokenOrWithABadTokenTheWriteIsRefusedAndTheStakeholderUnchanged() {
		JsonNode before = read();
		int version = before.path("version").asInt();
		List<Map<String, Object>> roles = List.of(role("TRAIN_MENTORS", "Anoniem"));
		refused(describe(null, OWNER, version, roles), "UNAUTHORIZED", null);
		Map<String, Object> variables = Map.of("input", Map.of("stakeholder", OWNER, "roles", roles), "version",
				version);
		badTokensRefusedWith401(port, OWNER, Right.STAKEHOLDER, DESCRIBE, variables);
		assertThat(read()).isEqualTo(before);
	}

	@Test
	void anotherOrganisationOrTheOrganisationWithoutTheRightIsForbidden() {
		JsonNode before = read();
		int version = before.path("version").asInt();
		List<Map<String, Object>> roles = List.of(role("TRAIN_MENTORS", "Overgenomen"));
		refused(describe(token(OTHER, Right.STAKEHOLDER), OWNER, version, roles), "FORBIDDEN", null);
		refused(describe(token(OWNER, Right.CONTENT, Right.RECOGNITIONS), OWNER, version, roles), "FORBIDDEN", null);
		assertThat(read()).isEqualTo(before);
	}

	@Test
	void theStakeholderDescribesItsRolesAndTheRoleMapShowsItAtOnce() {
		JsonNode before = read();
		int version = before.path("version").asInt();

		JsonNode payload = describe(token(OWNER, Right.STAKEHOLDER), OWNER, version,
				List.of(role("TRAIN_MENTORS", "Wij leiden mentoren op in hout en meubel, ook in het Frans.")))
			.path("describeStakeholderRoles")
			.entity(JsonNode.class)
			.get();

		assertThat(payload.path("stakeholder").path("version").asInt()).isEqualTo(version + 1);
		assertThat(payload.path("change").path("kind").asText()).isEqualTo("STAKEHOLDER");
		assertThat(payload.path("change").path("id").asText()).isEqualTo("Stakeholder:" + OWNER);
		assertThat(payload.path("change").path("operation").asText()).isEqualTo("CHANGED");
		assertThat(texts(payload.path("change").path("fields"))).contains("roles");
		JsonNode after = read();
		assertThat(after.path("version").asInt()).isEqualTo(version + 1);
		// the roles it holds stay, in their order, with their legal basis; only the
		// one described changed
		assertThat(after.path("roles")).hasSize(before.path("roles").size());
		for (int i = 0; i < before.path("roles").size(); i++) {
			JsonNode was = before.path("roles").path(i);
			JsonNode is = after.path("roles").path(i);
			assertThat(is.path("role")).isEqualTo(was.path("role"));
			assertThat(is.path("legalBasis")).isEqualTo(was.path("legalBasis"));
			if (!was.path("role").asText().equals("TRAIN_MENTORS")) {
				assertThat(is.path("description")).isEqualTo(was.path("description"));
			}
		}
		// the role map, held in memory per catalogue generation, shows it when the
		// mutation has returned
		List<JsonNode> lines = graphQl.document("""
				{ roleMap(role: TRAIN_MENTORS, sector: "hout-meubel") { stakeholder { key } description { value } } }
				""").execute().path("roleMap").entityList(JsonNode.class).get();
		assertThat(lines).filteredOn(line -> line.path("stakeholder").path("key").asText().equals(OWNER))
			.singleElement()
			.satisfies(line -> assertThat(line.path("description").path("value").asText())
				.isEqualTo("Wij leiden mentoren op in hout en meubel, ook in het Frans."));
	}

	@Test
	void aBadInputIsABadRequestNamingTheInputFieldByTheRoleMapsRule() {
		JsonNode before = read();
		int version = before.path("version").asInt();
		String owner = token(OWNER, Right.STAKEHOLDER);
		assertThat(refused(describe(owner, OWNER, version, List.of(role("TRAIN_MENTORS", " "))), "BAD_REQUEST",
				"input.roles[0].description.nl")
			.getMessage()).isEqualTo("roles[0].description.nl is missing");
		refused(describe(owner, OWNER, version, List.of(role("TRAIN_MENTORS", "Een"), role("TRAIN_MENTORS", "Twee"))),
				"BAD_REQUEST", "input.roles[1].role");
		// which roles it holds is the register's
		refused(describe(owner, OWNER, version,
				List.of(role("TRAIN_MENTORS", "Een"), role("PAY_PREMIUMS", "Wij betalen premies"))), "BAD_REQUEST",
				"input.roles[1].role");
		refused(describe(owner, OWNER, version, List.of(role("TRAIN_MENTORS", "x".repeat(1001)))), "BAD_REQUEST",
				"input.roles.description.nl");
		assertThat(read()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflictAndAnUnknownStakeholderNotFound() {
		String owner = token(OWNER, Right.STAKEHOLDER);
		int version = read().path("version").asInt();
		describe(owner, OWNER, version, List.of(role("SECTOR_EXPERTISE", "Sectorkennis hout"))).errors().verify();
		JsonNode written = read();
		assertThat(refused(describe(owner, OWNER, version, List.of(role("SECTOR_EXPERTISE", "Verouderd"))), "CONFLICT",
				"version")
			.getMessage()).contains("version " + (version + 1));
		assertThat(read()).isEqualTo(written);

		refused(describe(token("sp-onbekend", Right.STAKEHOLDER), "sp-onbekend", 0,
				List.of(role("SECTOR_EXPERTISE", "Niemand"))), "NOT_FOUND", "input.stakeholder");
	}

}
