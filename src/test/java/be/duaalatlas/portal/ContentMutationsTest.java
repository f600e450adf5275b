package be.duaalatlas.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static be.duaalatlas.GraphQlResults.texts;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.refused;
import static be.duaalatlas.portal.PortalTesting.badTokensRefusedWith401;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's key messages and good practices through {@code publishContent},
 * {@code changeContent} and {@code withdrawContent}, with real signed JWTs: no token,
 * expired, wrong issuer, wrong audience, the right role for another organisation, the
 * right organisation without the right, the right organisation; a bad input (the
 * editorial files' rule), a stale version, an unknown key, a key taken; and the
 * publication window: a text not yet published, or ended, is in no public read.
 */
class ContentMutationsTest extends AtlasIntegrationTest {

	static final String EDITOR = "dep-onderwijs";

	static final String OTHER = "dep-wse";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

	static final String PUBLISH = """
			mutation($input: ContentInput!) {
			  publishContent(input: $input) {
			    content { id key version contentType title { value } body { value } publishedFrom publishedUntil }
			    change { kind id operation version fields }
			    visibleEverywhereBy
			  }
			}
			""";

	static final String CHANGE = """
			mutation($input: ContentInput!, $version: Int!) {
			  changeContent(input: $input, version: $version) {
			    content { key version title { value } }
			    change { kind id operation version }
			  }
			}
			""";

	static final String WITHDRAW = """
			mutation($key: String!, $version: Int!) {
			  withdrawContent(key: $key, version: $version) {
			    id
			    change { kind id operation version }
			  }
			}
			""";

	static final String READ = """
			query($id: ID!) {
			  node(id: $id) { ... on ContentItem { key version contentType title { value } summary { value } publishedFrom publishedUntil } }
			}
			""";

	@LocalServerPort
	int port;

	static Map<String, Object> text(String key, String editor, String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("key", key);
		input.put("contentType", "KEY_MESSAGE");
		input.put("editor", editor);
		input.put("audiences", List.of("PARENT", "PUPIL"));
		input.put("topics", List.of("WHAT_IS_DUAL"));
		input.put("regions", List.of("FLANDERS"));
		input.put("texts", new ArrayList<>(List.of(dutch(title))));
		return input;
	}

	static Map<String, Object> dutch(String title) {
		return Map.of("lang", "nl", "title", title, "summary", "Kort gezegd: leren op school en op de werkplek.",
				"body", List.of("Duaal leren is leren op twee plaatsen.", "- op school\n- op de werkvloer"));
	}

	private GraphQlTester.Response publish(String token, Map<String, Object> input) {
		return (token == null ? graphQl : as(graphQl, token)).document(PUBLISH).variable("input", input).execute();
	}

	private GraphQlTester.Response change(String token, Map<String, Object> input, int version) {
		return (token == null ? graphQl : as(graphQl, token)).document(CHANGE)
			.variable("input", input)
			.variable("version", version)
			.execute();
	}

	private GraphQlTester.Response withdraw(String token, String key, int version) {
		return (token == null ? graphQl : as(graphQl, token)).document(WITHDRAW)
			.variable("key", key)
			.variable("version", version)
			.execute();
	}

	/** The text as the public reads it by id; null when it is not public. */
	private JsonNode read(String key) {
		GraphQlTester.Response response = graphQl.document(READ).variable("id", "ContentItem:" + key).execute();
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		if (!errors.isEmpty()) {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
			return null;
		}
		return response.path("node").entity(JsonNode.class).get();
	}

	/** The keys of the key messages the public lists, and finds by searching. */
	private List<String> listed() {
		List<String> keys = new ArrayList<>(texts(graphQl.document("""
				{ keyMessages(first: 100) { edges { node { key } } } }
				""").execute().path("keyMessages.edges[*].node.key").entity(JsonNode.class).get()));
		keys.addAll(texts(graphQl
			.document(
					"""
							{ search(text: "werkvloer", filter: { kinds: [KEY_MESSAGE] }, first: 100) { edges { node { ... on ContentItem { key } } } } }
							""")
			.execute()
			.path("search.edges[*].node.key")
			.entity(JsonNode.class)
			.get()));
		return keys;
	}

	private JsonNode published(String key) {
		publish(token(EDITOR, Right.CONTENT), text(key, EDITOR, "Wat is duaal leren " + key)).errors().verify();
		return read(key);
	}

	@Test
	void withoutATokenOrWithABadTokenEveryWriteIsRefusedAndNothingChanges() {
		refused(publish(null, text("km-test-anonymous", EDITOR, "Anoniem")), "UNAUTHORIZED", null);
		JsonNode before = published("km-test-no-token");
		refused(change(null, text("km-test-no-token", EDITOR, "Anders"), 1), "UNAUTHORIZED", null);
		refused(withdraw(null, "km-test-no-token", 1), "UNAUTHORIZED", null);
		Map<String, Map<String, Object>> writes = Map.of(PUBLISH,
				Map.of("input", text("km-test-bad-token-new", EDITOR, "Nieuw")), CHANGE,
				Map.of("input", text("km-test-no-token", EDITOR, "Anders"), "version", 1), WITHDRAW,
				Map.of("key", "km-test-no-token", "version", 1));
		writes.forEach((document, variables) -> {
			badTokensRefusedWith401(port, EDITOR, Right.CONTENT, document, variables);
		});
		assertThat(read("km-test-no-token")).isEqualTo(before);
		assertThat(read("km-test-anonymous")).isNull();
		assertThat(read("km-test-bad-token-new")).isNull();
	}

	@Test
	void anotherOrganisationOrTheOrganisationWithoutTheRightIsForbidden() {
		JsonNode before = published("km-test-other-org");
		String other = token(OTHER, Right.CONTENT);
		refused(publish(other, text("km-test-for-onderwijs", EDITOR, "Voor een ander")), "FORBIDDEN", null);
		refused(change(other, text("km-test-other-org", OTHER, "Overgenomen"), 1), "FORBIDDEN", null);
		refused(withdraw(other, "km-test-other-org", 1), "FORBIDDEN", null);
		// the owner cannot hand it to another organisation either
		refused(change(token(EDITOR, Right.CONTENT), text("km-test-other-org", OTHER, "Verhuisd"), 1), "FORBIDDEN",
				null);
		String noRight = token(EDITOR, Right.STAKEHOLDER, Right.AUDIT);
		refused(publish(noRight, text("km-test-no-right", EDITOR, "Zonder recht")), "FORBIDDEN", null);
		refused(change(noRight, text("km-test-other-org", EDITOR, "Zonder recht"), 1), "FORBIDDEN", null);
		refused(withdraw(noRight, "km-test-other-org", 1), "FORBIDDEN", null);
		assertThat(read("km-test-other-org")).isEqualTo(before);
		assertThat(read("km-test-for-onderwijs")).isNull();
		assertThat(read("km-test-no-right")).isNull();
	}

	@Test
	void theEditorPublishesChangesAndWithdrawsATextAndPublicReadsFollowAtOnce() {
		String editor = token(EDITOR, Right.CONTENT);
		Map<String, Object> input = text("km-test-lifecycle", EDITOR, "Duaal leren op de werkvloer");
		input.put("texts",
				List.of(dutch("Duaal leren op de werkvloer"),
						Map.of("lang", "fr", "title", "L'alternance sur le lieu de travail", "summary", "En bref.",
								"body", List.of("Apprendre à deux endroits."))));
		JsonNode payload = publish(editor, input).path("publishContent").entity(JsonNode.class).get();
		assertThat(payload.path("content").path("id").asText()).isEqualTo("ContentItem:km-test-lifecycle");
		assertThat(payload.path("content").path("version").asInt()).isEqualTo(1);
		assertThat(payload.path("content").path("publishedFrom").asText()).isEqualTo(TODAY.toString());
		assertThat(payload.path("content").path("body").path("value").asText())
			.isEqualTo("Duaal leren is leren op twee plaatsen.\n\n- op school\n- op de werkvloer");
		assertThat(payload.path("change").path("kind").asText()).isEqualTo("KEY_MESSAGE");
		assertThat(payload.path("change").path("operation").asText()).isEqualTo("CREATED");
		assertThat(read("km-test-lifecycle").path("title").path("value").asText())
			.isEqualTo("Duaal leren op de werkvloer");
		assertThat(listed()).contains("km-test-lifecycle");

		Map<String, Object> changed = text("km-test-lifecycle", EDITOR, "Duaal leren: de werkvloer");
		changed.put("contentType", "GOOD_PRACTICE");
		JsonNode afterChange = change(editor, changed, 1).path("changeContent").entity(JsonNode.class).get();
		assertThat(afterChange.path("content").path("version").asInt()).isEqualTo(2);
		assertThat(afterChange.path("change").path("kind").asText()).isEqualTo("GOOD_PRACTICE");
		assertThat(read("km-test-lifecycle").path("contentType").asText()).isEqualTo("GOOD_PRACTICE");
		assertThat(listed()).doesNotContain("km-test-lifecycle");

		JsonNode withdrawal = withdraw(editor, "km-test-lifecycle", 2).path("withdrawContent")
			.entity(JsonNode.class)
			.get();
		assertThat(withdrawal.path("change").path("operation").asText()).isEqualTo("REMOVED");
		assertThat(withdrawal.path("change").path("kind").asText()).isEqualTo("GOOD_PRACTICE");
		assertThat(read("km-test-lifecycle")).isNull();

		List<String> operations = nodes(graphQl.document("""
				{ changes(kinds: [KEY_MESSAGE], first: 100) { edges { node { id operation } } } }
				""").execute().path("changes").entity(JsonNode.class).get()).stream()
			.filter(change -> change.path("id").asText().equals("ContentItem:km-test-lifecycle"))
			.map(change -> change.path("operation").asText())
			.toList();
		assertThat(operations).containsExactly("CREATED", "CHANGED", "REMOVED");
	}

	@Test
	void aTextNotYetPublishedOrEndedIsInNoPublicRead() {
		String editor = token(EDITOR, Right.CONTENT);
		Map<String, Object> later = text("km-test-later", EDITOR, "Later op de werkvloer");
		later.put("publishedFrom", TODAY.plusDays(1).toString());
		publish(editor, later).path("publishContent.content.publishedFrom")
			.entity(String.class)
			.isEqualTo(TODAY.plusDays(1).toString());
		Map<String, Object> ended = text("km-test-ended", EDITOR, "Voorbij op de werkvloer");
		ended.put("publishedFrom", TODAY.minusDays(10).toString());
		ended.put("publishedUntil", TODAY.minusDays(1).toString());
		publish(editor, ended).errors().verify();
		Map<String, Object> lastDay = text("km-test-last-day", EDITOR, "Vandaag op de werkvloer");
		lastDay.put("publishedUntil", TODAY.toString());
		publish(editor, lastDay).errors().verify();

		assertThat(read("km-test-later")).isNull();
		assertThat(read("km-test-ended")).isNull();
		assertThat(read("km-test-last-day")).isNotNull();
		assertThat(listed()).doesNotContain("km-test-later", "km-test-ended").contains("km-test-last-day");

		// the editor can still put a text that is not public yet live, by its version
		Map<String, Object> now = text("km-test-later", EDITOR, "Nu op de werkvloer");
		change(editor, now, 1).path("changeContent.content.version").entity(Integer.class).isEqualTo(2);
		assertThat(read("km-test-later")).isNotNull();
		assertThat(listed()).contains("km-test-later");
	}

	@Test
	void aBadInputIsABadRequestNamingTheInputFieldByTheEditorialFilesRule() {
		String editor = token(EDITOR, Right.CONTENT);
		JsonNode before = published("km-test-bad-input");

		Map<String, Object> onlyFrench = text("km-test-bad-input", EDITOR, "x");
		onlyFrench.put("texts",
				List.of(Map.of("lang", "fr", "title", "Seul", "summary", "Seul", "body", List.of("x"))));
		refused(change(editor, onlyFrench, 1), "BAD_REQUEST", "input.texts");

		Map<String, Object> twice = text("km-test-bad-input", EDITOR, "x");
		twice.put("texts", List.of(dutch("Een"), dutch("Twee")));
		refused(change(editor, twice, 1), "BAD_REQUEST", "input.texts[1].lang");

		Map<String, Object> noTitle = text("km-test-bad-input", EDITOR, " ");
		assertThat(refused(change(editor, noTitle, 1), "BAD_REQUEST", "input.texts[0].title").getMessage())
			.isEqualTo("title is missing");

		Map<String, Object> badLanguage = text("km-test-bad-input", EDITOR, "x");
		badLanguage.put("texts", List.of(dutch("Een"),
				Map.of("lang", "de", "title", "Eins", "summary", "Eins", "body", List.of("Eins"))));
		refused(change(editor, badLanguage, 1), "BAD_REQUEST", "input.texts[1].lang");

		Map<String, Object> endsFirst = text("km-test-bad-input", EDITOR, "x");
		endsFirst.put("publishedFrom", "2027-03-01");
		endsFirst.put("publishedUntil", "2027-02-01");
		refused(change(editor, endsFirst, 1), "BAD_REQUEST", "input.publishedUntil");

		Map<String, Object> notADate = text("km-test-bad-input", EDITOR, "x");
		notADate.put("publishedFrom", "2027-02-30");
		refused(change(editor, notADate, 1), "BAD_REQUEST", "input.publishedFrom");

		Map<String, Object> badSector = text("km-test-bad-input", EDITOR, "x");
		badSector.put("sectors", List.of("ruimtevaart"));
		refused(change(editor, badSector, 1), "BAD_REQUEST", "input.sectors");

		Map<String, Object> noBody = text("km-test-bad-input", EDITOR, "x");
		noBody.put("texts", List.of(Map.of("lang", "nl", "title", "Leeg", "summary", "Leeg", "body", List.of(" "))));
		refused(change(editor, noBody, 1), "BAD_REQUEST", "input.texts[0].body");

		Map<String, Object> longBlock = text("km-test-bad-input", EDITOR, "x");
		longBlock.put("texts",
				List.of(Map.of("lang", "nl", "title", "Lang", "summary", "Lang", "body", List.of("x".repeat(1001)))));
		refused(change(editor, longBlock, 1), "BAD_REQUEST", "input.texts.body");

		refused(publish(editor, text("Geen Sleutel", EDITOR, "x")), "BAD_REQUEST", "input.key");
		assertThat(read("km-test-bad-input")).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflictAnUnknownKeyNotFoundAndATakenKeyAConflict() {
		String editor = token(EDITOR, Right.CONTENT);
		published("km-test-stale");
		change(editor, text("km-test-stale", EDITOR, "Eerste wijziging"), 1).errors().verify();
		JsonNode written = read("km-test-stale");
		assertThat(refused(change(editor, text("km-test-stale", EDITOR, "Verouderd"), 1), "CONFLICT", "version")
			.getMessage()).contains("version 2");
		refused(withdraw(editor, "km-test-stale", 1), "CONFLICT", "version");
		refused(publish(editor, text("km-test-stale", EDITOR, "Dubbel")), "CONFLICT", "input.key");
		assertThat(read("km-test-stale")).isEqualTo(written);

		refused(change(editor, text("km-test-unknown", EDITOR, "Onbekend"), 0), "NOT_FOUND", "input.key");
		refused(withdraw(editor, "km-test-unknown", 0), "NOT_FOUND", "key");

		// the editor's organisation reads every write, accepted and refused, in its
		// audit trail
		List<JsonNode> audit = nodes(as(graphQl, editor).document("""
				{ auditTrail(first: 100) { edges { node { outcome error operation id version } } } }
				""").execute().path("auditTrail").entity(JsonNode.class).get()).stream()
			.filter(entry -> entry.path("id").asText().equals("ContentItem:km-test-stale"))
			.toList();
		assertThat(audit)
			.extracting(entry -> entry.path("operation").asText() + " " + entry.path("outcome").asText() + " "
					+ entry.path("error").asText(""))
			.contains("publishContent ACCEPTED ", "changeContent ACCEPTED ", "changeContent REFUSED CONFLICT",
					"withdrawContent REFUSED CONFLICT", "publishContent REFUSED CONFLICT");
	}

}
