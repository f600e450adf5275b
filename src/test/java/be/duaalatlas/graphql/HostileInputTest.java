package be.duaalatlas.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile client's inputs, each in every place a string, number or list goes: every
 * answer is data or a typed error, never INTERNAL_ERROR, never a 5xx. Prints how many
 * were tried, answered, refused with a typed error, and failed.
 */
class HostileInputTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Classifications that say what was wrong: ours and graphql-java's own for documents
	 * that do not validate.
	 */
	private static final Set<String> TYPED = Set.of("BAD_REQUEST", "NOT_FOUND", "QUERY_TOO_COSTLY",
			"SEARCH_UNAVAILABLE", "ValidationError", "InvalidSyntax", "OperationNotSupported", "RATE_LIMITED",
			"PERSISTED_QUERY_NOT_FOUND", "UNAUTHORIZED");

	private static final List<String> STRINGS = List.of("", " ", "\u0000", "\u0000\u0000abc", "a".repeat(10_000),
			"é".repeat(40_000), "title:(a OR b)^5 ~ * ? \\", "<script>alert(1)</script>", "\u202Eevil\u202C",
			"😀🏳️‍🌈", "{\"a\":1}", "W3siYSI6MX0sImEiLCJiIl0", "WzEsWzJdXQ", "+10000-01-01", "-0001-12-31",
			"0000-00-00", "2026-02-30", "../../etc/passwd", "%00%0a", "' OR 1=1 --", "null", "Programme:", ":",
			"Workplace:../x", "*", "elektr*", "\"quoted\"", "\t\n\r", "９０００", "_search", "Offering:..",
			"Offering:_search", "Offering:a/b", "Offering:x?y=1", "Offering:*");

	/**
	 * An index or alias name of the engine (the tests' prefix is {@code test-}): no
	 * public answer shows one.
	 */
	private static final Pattern INDEX_NAME = Pattern.compile("test-[a-z-]+");

	/** Where a string goes: one variable {@code $v}. */
	private static final List<String> STRING_PLACES = List.of("query($v: String) { search(text: $v) { totalCount } }",
			"query($v: String!) { suggest(prefix: $v) { text } }",
			"query($v: String!) { programme(code: $v) { code } }",
			"query($v: String!) { workplace(establishmentNumber: $v) { postcode } }",
			"query($v: ID!) { stakeholder(id: $v) { key } }", "query($v: ID!) { node(id: $v) { id } }",
			"query($v: String!) { place(postcode: $v) { postcode } }",
			"query($v: ID!) { qualification(id: $v) { name } }",
			"query($v: String) { search(filter: { programme: $v }) { totalCount } }",
			"query($v: String) { search(filter: { municipality: $v }) { totalCount } }",
			"query($v: String) { workplaces(filter: { rtcArea: $v }) { totalCount } }",
			"query($v: ID) { workplaces(filter: { recognisedBy: $v }) { totalCount } }",
			"query($v: String) { workplaces(filter: { recognitionValidOn: $v }) { totalCount } }",
			"query($v: String!) { search(filter: { sectors: [$v] }) { totalCount } }",
			"query($v: String) { search(near: { postcode: $v }) { totalCount } }",
			"query($v: String) { workplaces(near: { municipality: $v }) { totalCount } }",
			"query($v: String) { programmes(after: $v) { totalCount } }",
			"query($v: String) { goodPractices(sector: $v) { totalCount } }",
			"query($v: String) { roleMap(sector: $v) { role } }",
			"query($v: String) { brusselsEquivalences(programme: $v) { frenchName } }");

	private static final List<String> NUMBERS = List.of("-1", "0", "101", "2147483647", "-2147483648", "1.5", "\"20\"",
			"null", "1e400", "[1]");

	private static final List<String> NUMBER_PLACES = List.of("{ search(first: %s) { totalCount } }",
			"{ suggest(prefix: \"kap\", size: %s) { text } }",
			"{ search(near: { postcode: \"9000\", radiusKm: %s }) { totalCount } }",
			"{ search(near: { lat: %s, lon: 4 }) { totalCount } }",
			"{ place(postcode: \"9000\") { near(radiusKm: %s) { totalCount } } }");

	private static final List<String> DOCUMENTS = List.of("", "{", "}", "{ }", "{ nope }", "query { search }",
			"{ search(sort: SIDEWAYS) { totalCount } }", "{ search(filter: { kinds: [NOPE] }) { totalCount } }",
			"mutation { x }", "subscription { x }", "{ __type(name: \"Programme\") { fields { name } } }",
			"fragment f on Query { ...f } { ...f }", "{ search { ...on Programme { code } } }",
			"{ a: __typename b: __typename }",
			"query q { catalogueStatus { generation } } query q { place(postcode: \"1000\") { postcode } }",
			"{ search(text: \"" + "x".repeat(300) + "\") { totalCount } }",
			"{ search(first: 100) { edges { node { __typename } } } ".repeat(3) + "}",
			"{ node(id: \"Programme:kapper-stylist-duaal\") { ... on Workplace { postcode } } }",
			"{ search(text: \"kapper\") @skip(if: true) { totalCount } }",
			"{ search(text: \"kapper\") @include(if: \"yes\") { totalCount } }",
			// issue 20: fragments that double at every link (2^50 fields in 2 KB), ending
			// in introspection or data, beside data fields, nested inside list fields
			doubling(50, "__type(name: \"Query\") { name }", ""),
			doubling(50, "__schema { types { name fields { name } } }", ""),
			doubling(60, "__typename", "search(first: 100) { totalCount }"),
			doubling(20, "programmes(first: 100) { edges { node { code } } }", "__schema { queryType { name } }"),
			"query { programmes(first: 100) { edges { node { ...A ...A ...A } } } } "
					+ "fragment A on Programme { offerings(first: 100) { edges { node { ...B ...B } } } } "
					+ "fragment B on Offering { id programme { name } }",
			// one fragment spread in five places costs five times
			"{ a: place(postcode: \"9000\") { ...N } b: place(postcode: \"3500\") { ...N } "
					+ "c: place(postcode: \"2000\") { ...N } d: place(postcode: \"1000\") { ...N } "
					+ "e: place(postcode: \"8000\") { ...N } } fragment N on Place { near(first: 100) { edges { "
					+ "node { ... on Offering { programme { offerings(first: 50) { totalCount } } } } } } }",
			// larger than a request body may be
			"{ search { totalCount } } # " + "é".repeat(200_000));

	/** Ways past the path, the content type and the method (issue 20, items 4 and 7). */
	private static final List<String[]> HTTP_VARIANTS = List.of(
			new String[] { "POST", "/graph%71l", "application/json", "application/json" },
			new String[] { "POST", "/%67raphql", "application/json", "application/json" },
			new String[] { "POST", "/graphq%6C", "application/json", "application/json" },
			new String[] { "POST", "/graphql;x=1", "application/json", "application/json" },
			new String[] { "POST", "/graphql/", "application/json", "application/json" },
			new String[] { "POST", "/graphql", "multipart/form-data; boundary=x", "application/json" },
			new String[] { "POST", "/graphql", "application/graphql-response+json", "application/json" },
			new String[] { "POST", "/graphql", ";;;", "application/json" },
			new String[] { "POST", "/graphql", "text/plain; charset=nonsense", "application/json" },
			new String[] { "POST", "/graphql", "application/json", "text/html" },
			new String[] { "POST", "/graphql", "application/json", "*/*" },
			new String[] { "TRACE", "/graphql", "application/json", "application/json" },
			new String[] { "GET", "/error", "application/json", "application/json" },
			new String[] { "GET", "/actuator/health/nope", "application/json", "application/json" },
			new String[] { "POST", "/error", "application/json", "application/json" });

	/** {@code levels} fragments on Query, each spreading the next twice. */
	private static String doubling(int levels, String leaf, String beside) {
		StringBuilder document = new StringBuilder("query { ...F0 " + beside + " }\n");
		for (int i = 0; i < levels - 1; i++) {
			document.append("fragment F%d on Query { ...F%d ...F%d }\n".formatted(i, i + 1, i + 1));
		}
		return document.append("fragment F%d on Query { %s }\n".formatted(levels - 1, leaf)).toString();
	}

	@LocalServerPort
	int port;

	@Test
	void everyHostileInputGetsDataOrATypedErrorAndNoneA5xx() throws Exception {
		int tried = 0;
		int answered = 0;
		int typed = 0;
		List<String> failures = new ArrayList<>();
		List<Map<String, Object>> requests = new ArrayList<>();
		for (String place : STRING_PLACES) {
			for (String value : STRINGS) {
				Map<String, Object> variables = new LinkedHashMap<>();
				variables.put("v", value);
				requests.add(Map.of("query", place, "variables", variables));
			}
		}
		for (String place : NUMBER_PLACES) {
			for (String number : NUMBERS) {
				requests.add(Map.of("query", place.formatted(number)));
			}
		}
		DOCUMENTS.forEach(document -> requests.add(Map.of("query", document)));
		List<HttpRequest> sent = new ArrayList<>();
		List<String> described = new ArrayList<>();
		for (Map<String, Object> request : requests) {
			described.add(abbreviated(request.toString()));
			sent.add(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
				.build());
		}
		String body = json.writeValueAsString(Map.of("query", "{ search { totalCount } }"));
		for (String[] variant : HTTP_VARIANTS) {
			described.add(String.join(" ", variant));
			sent.add(HttpRequest.newBuilder(URI.create("http://localhost:" + port + variant[1]))
				.header("Content-Type", variant[2])
				.header("Accept", variant[3])
				.method(variant[0], HttpRequest.BodyPublishers.ofString(body))
				.build());
		}
		for (int i = 0; i < sent.size(); i++) {
			tried++;
			HttpResponse<String> response = http.send(sent.get(i), HttpResponse.BodyHandlers.ofString());
			String what = described.get(i);
			if (INDEX_NAME.matcher(response.body()).find()) {
				failures.add("an index name in " + abbreviated(response.body()) + " for " + what);
			}
			if (response.statusCode() >= 500) {
				failures.add(response.statusCode() + " for " + what);
				continue;
			}
			JsonNode answer;
			try {
				answer = json.readTree(response.body());
			}
			catch (java.io.IOException notJson) {
				failures
					.add("not JSON (" + response.statusCode() + "): " + abbreviated(response.body()) + " for " + what);
				continue;
			}
			JsonNode errors = answer.path("errors");
			if (errors.isMissingNode() || errors.isEmpty()) {
				answered++;
				continue;
			}
			boolean allTyped = true;
			for (JsonNode error : errors) {
				String classification = error.path("extensions").path("classification").asText();
				allTyped &= TYPED.contains(classification);
				allTyped &= error.path("message").asText().length() < 600;
			}
			if (allTyped) {
				typed++;
			}
			else {
				failures.add(abbreviated(errors.toString()) + " for " + what);
			}
		}
		int fiveHundreds = (int) failures.stream().filter(f -> f.startsWith("5")).count();
		System.out.printf("hostile inputs: tried %d, answered with data %d, typed errors %d, untyped %d, 5xx %d%n",
				tried, answered, typed, failures.size() - fiveHundreds, fiveHundreds);
		assertThat(tried).isGreaterThanOrEqualTo(270);
		assertThat(failures).isEmpty();
		assertThat(answered + typed).isEqualTo(tried);
	}

	private static String abbreviated(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
