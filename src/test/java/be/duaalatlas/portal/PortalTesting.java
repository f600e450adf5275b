package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.duaalatlas.SampleRecords;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.security.TestTokens.expired;
import static be.duaalatlas.security.TestTokens.wrongAudience;
import static be.duaalatlas.security.TestTokens.wrongIssuer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calling the API as a partner does: with a bearer token, and reading typed refusals, the
 * public records, the change feed and the audit trail. The one set of helpers of the
 * mutation tests.
 */
public final class PortalTesting {

	/**
	 * Keys a hostile partner may choose: path and query syntax, an engine endpoint, a
	 * wildcard, control characters, upper case. None is a slug, nor a compound key
	 * ({@code provider--programme}).
	 */
	public static final List<String> HOSTILE_KEYS = List.of("..", "_search", "a/b", "x?y=1", "a\u0000b", "a\nb", "*",
			"Kapper-Duaal");

	private PortalTesting() {
	}

	/** The tester with the token as its bearer; without a token, anonymous. */
	public static HttpGraphQlTester as(HttpGraphQlTester graphQl, String token) {
		return token == null ? graphQl : graphQl.mutate().header("Authorization", "Bearer " + token).build();
	}

	/**
	 * The one error of a refused request: its classification and (when one input is at
	 * fault) that input.
	 */
	public static ResponseError refused(GraphQlTester.Response response, String classification, String argument) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		assertThat(errors).as("errors").hasSize(1);
		ResponseError error = errors.get(0);
		assertThat(error.getErrorType().toString()).as("classification of: " + error.getMessage())
			.isEqualTo(classification);
		Map<String, Object> extensions = error.getExtensions();
		if (argument == null) {
			assertThat(extensions).doesNotContainKey("argument");
		}
		else {
			assertThat(extensions).containsEntry("argument", argument);
		}
		assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
		return error;
	}

	/**
	 * The three writes of a kind whose records have a key: create (or publish), change
	 * and remove (or withdraw), each a document of {@code graphql-test/}, with the token
	 * given (anonymous without).
	 */
	public record KeyedWrites(HttpGraphQlTester graphQl, String create, String change, String remove) {

		public GraphQlTester.Response create(String token, Map<String, Object> input) {
			return as(graphQl, token).documentName(create).variable("input", input).execute();
		}

		public GraphQlTester.Response change(String token, Map<String, Object> input, int version) {
			return as(graphQl, token).documentName(change)
				.variable("input", input)
				.variable("version", version)
				.execute();
		}

		public GraphQlTester.Response remove(String token, String key, int version) {
			return as(graphQl, token).documentName(remove).variable("key", key).variable("version", version).execute();
		}

	}

	/**
	 * A record as the public reads it by its global id, through a document that asks for
	 * {@code node(id: $id)}; null when there is none.
	 */
	public static JsonNode publicNode(GraphQlTester graphQl, String documentName, String id) {
		GraphQlTester.Response response = graphQl.documentName(documentName).variable("id", id).execute();
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		if (!errors.isEmpty()) {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
			return null;
		}
		return response.path("node").entity(JsonNode.class).get();
	}

	/**
	 * The change feed's first hundred changes of a kind that are about one record, in
	 * order.
	 */
	public static List<JsonNode> changes(GraphQlTester graphQl, String kind, String id) {
		return nodes(graphQl.documentName("portal/changes")
			.variable("kinds", List.of(kind))
			.execute()
			.path("changes")
			.entity(JsonNode.class)
			.get()).stream().filter(change -> change.path("id").asText().equals(id)).toList();
	}

	/**
	 * The entries about one record among the newest hundred of the audit trail the token
	 * reads.
	 */
	public static List<JsonNode> auditTrail(HttpGraphQlTester graphQl, String token, String id) {
		return nodes(as(graphQl, token).documentName("portal/auditTrail")
			.execute()
			.path("auditTrail")
			.entity(JsonNode.class)
			.get()).stream().filter(entry -> entry.path("id").asText().equals(id)).toList();
	}

	/** A workplace as the public reads it. */
	public record Workplace(String establishmentNumber, String enterpriseNumber, String municipality, int version,
			Boolean lookingForLearner, Integer places, String availableFrom) {

		static Workplace of(JsonNode node) {
			return new Workplace(node.path("establishmentNumber").asText(), node.path("enterpriseNumber").asText(null),
					node.path("municipality").path("value").asText(), node.path("version").asInt(),
					node.path("lookingForLearner").isNull() ? null : node.path("lookingForLearner").asBoolean(),
					node.path("places").isNull() ? null : node.path("places").asInt(),
					node.path("availableFrom").asText(null));
		}

		/**
		 * Whoever may write it: the company, or the sole trader by its establishment
		 * number.
		 */
		public String owner() {
			return enterpriseNumber != null ? enterpriseNumber : establishmentNumber;
		}

	}

	/** A workplace as the public reads it now. */
	public static Workplace workplace(HttpGraphQlTester graphQl, String establishmentNumber) {
		return Workplace.of(graphQl.documentName("portal/workplace")
			.variable("e", establishmentNumber)
			.execute()
			.path("workplace")
			.entity(JsonNode.class)
			.get());
	}

	/**
	 * A company's workplace of the sample that this test owns ({@link SampleRecords}), as
	 * read now.
	 */
	public static Workplace ownCompany(HttpGraphQlTester graphQl) {
		return workplace(graphQl, SampleRecords.company(graphQl).establishmentNumber());
	}

	/** A sole trader's workplace of the sample that this test owns, as read now. */
	public static Workplace ownSoleTrader(HttpGraphQlTester graphQl) {
		return workplace(graphQl, SampleRecords.soleTrader(graphQl).establishmentNumber());
	}

	/**
	 * The tokens refused before anything runs, each for the right organisation and the
	 * right: expired, from another issuer, for another audience. Each gets HTTP 401 and
	 * says why. The document is a text ({@code GraphQlDocuments.text}): these requests go
	 * over plain HTTP.
	 */
	public static void badTokensRefusedWith401(int port, String organisation, Right right, String document,
			Map<String, Object> variables) {
		refusedWith401(port, expired(organisation, right), document, variables, "expired");
		refusedWith401(port, wrongIssuer(organisation, right), document, variables, "iss");
		refusedWith401(port, wrongAudience(organisation, right), document, variables, "aud");
	}

	/**
	 * Posts a GraphQL request with a token that must be refused before anything runs:
	 * HTTP 401, {@code WWW-Authenticate: Bearer error="invalid_token"} and one
	 * {@code UNAUTHORIZED} error in the GraphQL shape whose message says {@code reason},
	 * no data.
	 */
	public static void refusedWith401(int port, String token, String document, Map<String, Object> variables,
			String reason) {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.bodyValue(Map.of("query", document, "variables", variables))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectHeader()
			.value("WWW-Authenticate", header -> assertThat(header).startsWith("Bearer").contains("invalid_token"))
			.expectBody(JsonNode.class)
			.value(body -> {
				JsonNode error = body.path("errors").path(0);
				assertThat(error.path("extensions").path("classification").asText()).isEqualTo("UNAUTHORIZED");
				assertThat(error.path("message").asText()).contains(reason);
				assertThat(body.has("data")).isFalse();
			});
	}

}
