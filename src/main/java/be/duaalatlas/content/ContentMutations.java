package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.content.ContentDocument;
import be.duaalatlas.content.ContentItem;
import be.duaalatlas.content.Topic;
import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.ingest.editorial.EditorialContentSource;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.ContentType;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Region;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * An editor publishes, changes and withdraws key messages and good practices, each
 * language checked by the rule of the editorial files' front matter
 * ({@link EditorialContentSource#text}) and merged into one document as those files are
 * ({@link EditorialContentSource#document}). A text belongs to the organisation of the
 * editor who published it ({@code editor}); one read from the files without an editor is
 * shared by every editor, and becomes the organisation's that changes it.
 */
@Controller
class ContentMutations {

	/**
	 * Input field → front-matter field where they differ; the language fields are per
	 * text.
	 */
	private static final Map<String, String> INPUT_FIELDS = Map.of("id", "key", "kind", "contentType", "published",
			"publishedFrom", "until", "publishedUntil", "changed", "");

	private static final List<String> PER_TEXT = List.of("lang", "title", "summary");

	private final PartnerWrites writes;

	private final ObjectMapper json;

	ContentMutations(PartnerWrites writes, ObjectMapper json) {
		this.writes = writes;
		this.json = json;
	}

	@MutationMapping
	ContentPayload publishContent(@Argument ContentInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.create(
				attempt("publishContent", principal, input.key(), "input.key", 0),
				caller -> caller.actsFor(input.editor()), () -> document(input));
		return payload(accepted, env);
	}

	@MutationMapping
	ContentPayload changeContent(@Argument ContentInput input, @Argument int version, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.replace(
				attempt("changeContent", principal, input.key(), "input.key", version), ContentMutations::owns,
				current -> {
					Caller caller = PortalCallers.of(principal).orElseThrow();
					if (!caller.actsFor(input.editor())) {
						throw RefusedException.forbidden("input.editor must be the organisation of the token ("
								+ caller.organisation() + "), not '" + input.editor() + "'");
					}
					return document(input);
				});
		return payload(accepted, env);
	}

	@MutationMapping
	RemovalPayload withdrawContent(@Argument String key, @Argument int version, @Nullable Principal principal) {
		PartnerWrites.Accepted accepted = writes.remove(attempt("withdrawContent", principal, key, "key", version),
				ContentMutations::owns);
		return RemovalPayload.of(Kind.KEY_MESSAGE.globalId(key), accepted);
	}

	private static PartnerWrites.Attempt attempt(String operation, @Nullable Principal principal, String key,
			String keyArgument, int version) {
		return new PartnerWrites.Attempt(operation, PortalCallers.of(principal), Right.CONTENT, ContentDocument.KIND,
				key, keyArgument, version);
	}

	/** The editor's organisation's text, or a shared one (read from the files). */
	private static boolean owns(Caller caller, ObjectNode text) {
		String editor = text.path("editor").asText(null);
		return editor == null || caller.actsFor(editor);
	}

	/**
	 * Each language in the shape of an editorial file's front matter, through that rule,
	 * merged as the files are; a problem is a BAD_REQUEST naming the input field.
	 */
	private ObjectNode document(ContentInput input) {
		String today = PortalCallers.today();
		if (input.texts().isEmpty()) {
			throw new BadArgumentException("input.texts", "texts must hold the Dutch text (lang nl)");
		}
		List<EditorialContentSource.Written> versions = new ArrayList<>();
		Map<String, Integer> languages = new HashMap<>();
		for (int i = 0; i < input.texts().size(); i++) {
			TextInput text = input.texts().get(i);
			ObjectNode front = json.createObjectNode();
			front.put("id", input.key());
			front.put("kind", input.contentType() == null ? null : input.contentType().name());
			front.put("lang", text.lang());
			front.put("title", text.title());
			front.put("summary", text.summary());
			front.set("audiences", json.valueToTree(input.audiences()));
			front.set("topics", json.valueToTree(input.topics()));
			front.set("sectors", json.valueToTree(input.sectors()));
			front.set("regions", json.valueToTree(input.regions()));
			front.put("changed", today);
			front.put("published", input.publishedFrom() == null ? today : input.publishedFrom());
			front.put("until", input.publishedUntil());
			front.put("editor", input.editor());
			YamlItems.Item checked = YamlItems.Item.of(front);
			EditorialContentSource.Text checkedText = EditorialContentSource.text(checked);
			int index = i;
			if (checkedText == null) {
				throw PortalCallers.badInput(checked, field -> inputField(field, index));
			}
			String body = String.join("\n\n", text.body()).strip();
			if (body.isEmpty()) {
				throw new BadArgumentException("input.texts[" + i + "].body", "the text is empty");
			}
			Integer earlier = languages.put(checkedText.lang(), i);
			if (earlier != null) {
				throw new BadArgumentException("input.texts[" + i + "].lang",
						"lang '" + checkedText.lang() + "' is given twice (first in texts[" + earlier + "])");
			}
			versions.add(new EditorialContentSource.Written(checkedText, body));
		}
		if (!languages.containsKey("nl")) {
			throw new BadArgumentException("input.texts", "texts must hold the Dutch text (lang nl)");
		}
		ContentDocument document = EditorialContentSource.document(input.key(), versions,
				new Provenance(PortalCallers.SOURCE, input.key(), null, null, today, Instant.now().toString()));
		return json.valueToTree(document);
	}

	/** A front-matter field as the input names it. */
	private static String inputField(String field, int text) {
		String name = field.replaceFirst("\\[.*", "");
		if (PER_TEXT.contains(name)) {
			return "texts[" + text + "]." + field;
		}
		String renamed = INPUT_FIELDS.get(name);
		if (renamed == null) {
			return field;
		}
		return renamed.isEmpty() ? "" : renamed + field.substring(name.length());
	}

	private ContentPayload payload(PartnerWrites.Accepted accepted, DataFetchingEnvironment env) {
		ContentDocument after = json.convertValue(accepted.record(), ContentDocument.class);
		return new ContentPayload(ContentItem.of(after, Languages.of(null, env)), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** The GraphQL {@code ContentInput}, named as the editorial files where it can be. */
	record ContentInput(String key, ContentType contentType, String editor, List<Audience> audiences,
			List<Topic> topics, List<String> sectors, List<Region> regions, String publishedFrom, String publishedUntil,
			List<TextInput> texts) {
	}

	/** The GraphQL {@code ContentTextInput}: one language, as one editorial file. */
	record TextInput(String lang, String title, String summary, List<String> body) {
	}

	/** The GraphQL {@code ContentWritePayload}. */
	record ContentPayload(ContentItem content, Change change, String visibleEverywhereBy) {
	}

}
