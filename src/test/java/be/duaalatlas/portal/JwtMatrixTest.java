package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.SampleRecords.SampleWorkplace;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JWT matrix on every group of mutations, with tokens from the local identity
 * provider (over HTTP, client credentials) and the service configured as in production
 * ({@code issuer-uri}): no token is {@code UNAUTHORIZED}; an expired token, one of
 * another issuer and one for another audience are refused with 401 before anything runs;
 * the right role for another organisation is {@code FORBIDDEN}; the owner's own token
 * gets through authentication and the ownership check to the version check, where the
 * stale version this test names makes it {@code CONFLICT}, so nothing is written (the
 * groups' own tests write for real).
 */
class JwtMatrixTest extends AtlasIntegrationTest {

	/** A version no record has: the owner's write stops at the version check. */
	static final int STALE = 999_999;

	@LocalServerPort
	int port;

	/**
	 * One write of a group, by its owner and by another organisation with the same right.
	 */
	record Write(Right right, String owner, String other, String documentName, Map<String, Object> variables) {

	}

	enum Group {

		WORKPLACE_AVAILABILITY, WORKPLACE_LISTING, RECOGNITIONS, OFFERINGS, SUPPORT_SERVICES, STAKEHOLDER_ROLES, CONTENT

	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Group.class)
	void everyMutationGroupRefusesWhatItMustAndLetsTheOwnerThrough(Group group) {
		Write write = write(group);
		refused(execute(graphQl, write), "UNAUTHORIZED", null);
		badTokensRefusedWith401(port, write.owner(), write.right(), GraphQlDocuments.text(write.documentName()),
				write.variables());
		refused(execute(as(graphQl, token(write.other(), write.right())), write), "FORBIDDEN", null);
		assertThat(classifications(execute(as(graphQl, token(write.owner(), write.right())), write)))
			.as("the owner's own token reaches the version check")
			.containsExactly("CONFLICT");
	}

	private Write write(Group group) {
		return switch (group) {
			case WORKPLACE_AVAILABILITY -> {
				SampleWorkplace workplace = SampleRecords.company(graphQl);
				yield new Write(Right.WORKPLACES, workplace.owner(), "0999999999", "portal/setWorkplaceAvailability",
						Map.of("input", Map.of("establishmentNumber", workplace.establishmentNumber(), "version", STALE,
								"lookingForLearner", true)));
			}
			case WORKPLACE_LISTING -> {
				SampleWorkplace workplace = SampleRecords.company(graphQl);
				yield new Write(Right.WORKPLACES, workplace.owner(), "0999999999", "portal/setWorkplaceListing",
						Map.of("input", Map.of("establishmentNumber", workplace.establishmentNumber(), "version", STALE,
								"listed", true)));
			}
			case RECOGNITIONS -> {
				SampleWorkplace construction = SampleRecords.workplace(graphQl,
						w -> "bouw".equals(w.sector()) && !w.partnerships().isEmpty());
				JsonNode recognition = graphQl.documentName("portal/workplaceRecognitions")
					.variable("e", construction.establishmentNumber())
					.execute()
					.path("workplace.recognitions[0]")
					.entity(JsonNode.class)
					.get();
				yield new Write(Right.RECOGNITIONS, recognition.path("partnership").path("key").asText(), "sp-horeca",
						"portal/withdrawRecognition",
						Map.of("input", Map.of("establishmentNumber", construction.establishmentNumber(), "version",
								STALE, "recognitionId", recognition.path("id").asText())));
			}
			case OFFERINGS ->
				new Write(Right.OFFERINGS, "campus-scheldezicht", "another-school", "portal/removeOffering",
						Map.of("key", "campus-scheldezicht--elektrische-installaties-duaal", "version", STALE));
			case SUPPORT_SERVICES -> new Write(Right.STAKEHOLDER, "dep-wse", "cevora", "portal/removeSupportService",
					Map.of("key", "svc-erkenning-aanvragen", "version", STALE));
			case STAKEHOLDER_ROLES -> {
				String role = graphQl.document("{ stakeholder(id: \"sp-hout-meubel\") { roles { role } } }")
					.execute()
					.path("stakeholder.roles[0].role")
					.entity(String.class)
					.get();
				yield new Write(Right.STAKEHOLDER, "sp-hout-meubel", "sp-horeca", "portal/describeStakeholderRoles",
						Map.of("input", Map.of("stakeholder", "sp-hout-meubel", "roles", List
							.of(Map.of("role", role, "description", Map.of("nl", "Wat wij doen in deze rol.")))),
								"version", STALE));
			}
			case CONTENT -> new Write(Right.CONTENT, "dep-onderwijs", "dep-wse", "portal/withdrawContent",
					Map.of("key", ownText(), "version", STALE));
		};
	}

	/**
	 * A text of dep-onderwijs (the files' texts without an editor are every editor's),
	 * published the first time (later, the same publish is a CONFLICT on its key).
	 */
	private String ownText() {
		String key = "km-jwt-matrix";
		Map<String, Object> input = new HashMap<>(ContentMutationsTest.text(key, "dep-onderwijs", "Matrix"));
		as(graphQl, token("dep-onderwijs", Right.CONTENT)).documentName("portal/publishContent")
			.variable("input", input)
			.execute();
		return key;
	}

	private static GraphQlTester.Response execute(HttpGraphQlTester tester, Write write) {
		GraphQlTester.Request<?> request = tester.documentName(write.documentName());
		write.variables().forEach(request::variable);
		return request.execute();
	}

	private static List<String> classifications(GraphQlTester.Response response) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		return errors.stream().map(error -> error.getErrorType().toString()).toList();
	}

}
