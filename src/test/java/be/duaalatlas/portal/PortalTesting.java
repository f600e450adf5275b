package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static be.duaalatlas.security.TestTokens.expired;
import static be.duaalatlas.security.TestTokens.wrongAudience;
import static be.duaalatlas.security.TestTokens.wrongIssuer;
import static org.assertj.core.api.Assertions.assertThat;

/** Calling the API as a partner does: with a bearer token, and reading typed refusals. */
public final class PortalTesting {

	/**
	 * Keys a hostile partner may choose: path and query syntax, an engine endpoint, a
	 * wildcard, control characters, upper case. None is a slug, nor a compound key
	 * ({@code provider--programme}).
	 */
	static final List<String> HOSTILE_KEYS = List.of("..", "_search", "a/b", "x?y=1", "a\u0000b", "a\nb", "*",
			"Kapper-Duaal");

	private PortalTesting() {
	}

	static HttpGraphQlTester as(HttpGraphQlTester graphQl, String token) {
		return graphQl.mutate().header("Authorization", "Bearer " + token).build();
	}

	/**
	 * The one error of a refused request: its classification and (when one input is at
	 * fault) that input.
	 */
	static ResponseError refused(GraphQlTester.Response response, String classification, String argument) {
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

	/** A workplace as the public reads it. */
	record Workplace(String establishmentNumber, String enterpriseNumber, String municipality, int version,
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
		String owner() {
			return enterpriseNumber != null ? enterpriseNumber : establishmentNumber;
		}

	}

	static final String WORKPLACE_FIELDS = "establishmentNumber enterpriseNumber municipality { value } version "
			+ "lookingForLearner places availableFrom";

	static Workplace workplace(HttpGraphQlTester graphQl, String establishmentNumber) {
		return Workplace.of(graphQl
			.document("query($e: String!) { workplace(establishmentNumber: $e) { " + WORKPLACE_FIELDS + " } }")
			.variable("e", establishmentNumber)
			.execute()
			.path("workplace")
			.entity(JsonNode.class)
			.get());
	}

	/**
	 * Workplaces of the sample, in a fixed order, that no other test writes to: each test
	 * class takes its own slice ({@code from}), so that their versions do not interfere.
	 */
	static List<Workplace> workplaces(HttpGraphQlTester graphQl, boolean soleTraders, int from, int count) {
		List<Workplace> found = new ArrayList<>();
		// a sole trader's workplace is named "Zelfstandige (sector)"; companies come
		// first by name
		String query = soleTraders
				? "{ search(text: \"Zelfstandige\", filter: { kinds: [WORKPLACE] }, sort: NAME, first: 100) { edges { node { ... on Workplace { "
						+ WORKPLACE_FIELDS + " } } } } }"
				: "{ search(filter: { kinds: [WORKPLACE] }, sort: NAME, first: 100) { edges { node { ... on Workplace { "
						+ WORKPLACE_FIELDS + " } } } } }";
		graphQl.document(query)
			.execute()
			.path("search.edges")
			.entity(JsonNode.class)
			.get()
			.forEach(edge -> found.add(Workplace.of(edge.path("node"))));
		List<Workplace> matching = found.stream().filter(w -> (w.enterpriseNumber() == null) == soleTraders).toList();
		return matching.subList(from, from + count);
	}

	/**
	 * The tokens refused before anything runs, each for the right organisation and the
	 * right: expired, from another issuer, for another audience. Each gets HTTP 401 and
	 * says why.
	 */
	static void badTokensRefusedWith401(int port, String organisation, Right right, String document,
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
