package be.duaalatlas.content;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.portal.RemovalPayload;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Validator;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * An editor publishes, changes and withdraws key messages and good practices, each
 * language checked by the rule of the editorial files' front matter
 * ({@link ContentRules#text}) and merged into one document as those files are
 * ({@link ContentRules#document}). A text belongs to the organisation of the editor who
 * published it ({@code editor}); one read from the files without an editor is shared by
 * every editor, and becomes the organisation's that changes it.
 */
@Controller
class ContentMutations {

	/** The fields of one text of the input; the others are the input's own. */
	private static final List<String> PER_TEXT = List.of("lang", "title", "summary");

	private final PartnerWrites writes;

	private final ObjectMapper json;

	private final Validator validator;

	ContentMutations(PartnerWrites writes, ObjectMapper json, Validator validator) {
		this.writes = writes;
		this.json = json;
		this.validator = validator;
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
	 * Each language as a {@link ContentTextInput} through the editorial files' rule,
	 * merged as the files are; a problem is a BAD_REQUEST naming the input field.
	 */
	private ObjectNode document(ContentInput input) {
		String today = PortalCallers.today();
		if (input.texts().isEmpty()) {
			throw new BadArgumentException("input.texts", "texts must hold the Dutch text (lang nl)");
		}
		List<ContentRules.Written> versions = new ArrayList<>();
		Map<String, Integer> languages = new HashMap<>();
		for (int i = 0; i < input.texts().size(); i++) {
			TextInput text = input.texts().get(i);
			ContentTextInput version = new ContentTextInput(input.key(), input.contentType(), text.lang(), text.title(),
					text.summary(), input.audiences(), input.topics(), input.sectors(), input.regions(), today, null,
					input.publishedFrom() == null ? today : input.publishedFrom(), input.publishedUntil(),
					input.editor());
			List<Problem> problems = ContentRules.text(version, validator);
			if (!problems.isEmpty()) {
				throw new BadArgumentException(inputField(problems.get(0).field(), i), problems.get(0).reason());
			}
			String body = String.join("\n\n", text.body()).strip();
			if (body.isEmpty()) {
				throw new BadArgumentException("input.texts[" + i + "].body", "the text is empty");
			}
			Integer earlier = languages.put(version.lang(), i);
			if (earlier != null) {
				throw new BadArgumentException("input.texts[" + i + "].lang",
						"lang '" + version.lang() + "' is given twice (first in texts[" + earlier + "])");
			}
			versions.add(new ContentRules.Written(version, body));
		}
		if (!languages.containsKey("nl")) {
			throw new BadArgumentException("input.texts", "texts must hold the Dutch text (lang nl)");
		}
		ContentDocument document = ContentRules.document(input.key(), versions,
				new Provenance(PortalCallers.SOURCE, input.key(), null, null, today, Instant.now().toString()));
		return json.valueToTree(document);
	}

	/** A field of a text's input as the mutation's input names it. */
	private static String inputField(String field, int text) {
		if (field == null) {
			return "input";
		}
		String name = field.replaceFirst("\\[.*", "");
		if (PER_TEXT.contains(name)) {
			return "input.texts[" + text + "]." + field;
		}
		// the day of the change is the write's own
		return name.equals("changed") ? "input" : "input." + field;
	}

	private ContentPayload payload(PartnerWrites.Accepted accepted, DataFetchingEnvironment env) {
		ContentDocument after = json.convertValue(accepted.record(), ContentDocument.class);
		return new ContentPayload(ContentItem.of(after, Languages.of(null, env)), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** The GraphQL {@code ContentInput}, named as the editorial files where it can be. */
	record ContentInput(String key, String contentType, String editor, List<String> audiences, List<String> topics,
			List<String> sectors, List<String> regions, String publishedFrom, String publishedUntil,
			List<TextInput> texts) {
	}

	/** The GraphQL {@code ContentTextInput}: one language, as one editorial file. */
	record TextInput(String lang, String title, String summary, List<String> body) {
	}

	/** The GraphQL {@code ContentWritePayload}. */
	record ContentPayload(ContentItem content, Change change, String visibleEverywhereBy) {
	}

}
