package be.duaalatlas.ingest.editorial;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.duaalatlas.content.ContentDocument;
import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import be.duaalatlas.place.Provinces;
import be.duaalatlas.supportservice.ServiceDocument;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.content.Topic;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.ContentType;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;

import org.springframework.stereotype.Component;

/**
 * The editors' key messages and sectors' good practices: one Markdown file with YAML
 * front matter per text and language, named {@code <id>.<lang>.md}. The languages of one
 * id become ONE document; Dutch is the reference version and must exist, French and
 * English are translations of it. {@code sample: true} in the front matter marks an
 * invented text (an illustrative good practice); one version saying so marks the
 * document.
 * <p>
 * Merging needs all files of an import at once: {@link #readAll} is the entry point for a
 * whole batch. A single {@link #read} sees one file only, so it suits a Dutch file on its
 * own (a translation alone is rejected).
 * <p>
 * The Dutch version gives the document its kind; a translation of another kind is
 * rejected. Audiences, topics, sectors and regions are the union over the versions, so a
 * text is found by what any version is tagged with.
 */
@Component
public class EditorialContentSource implements CatalogueSource {

	static final List<String> FIELDS = List.of("id", "kind", "lang", "title", "summary", "audiences", "topics",
			"sectors", "regions", "changed", "sample", "published", "until", "editor");

	static final List<String> LANGUAGES = Coded.codes(Language.class);

	private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.([^.]+)\\.md");

	@Override
	public String name() {
		return "editorial-content";
	}

	@Override
	public String kind() {
		return ContentDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		readAll(List.of(input), context, file -> sink);
	}

	/**
	 * Reads the files of one import together: every file's problems go to that file's
	 * sink, every merged document to the sink of its Dutch file.
	 * @param sinks the sink for each input
	 */
	public void readAll(List<SourceInput> inputs, ImportContext context, Function<SourceInput, RowSink> sinks)
			throws IOException {
		Map<String, Map<String, Version>> byId = new LinkedHashMap<>();
		for (SourceInput input : inputs) {
			RowSink sink = sinks.apply(input);
			Version version = version(input, sink);
			if (version == null) {
				continue;
			}
			Map<String, Version> languages = byId.computeIfAbsent(version.id(), id -> new LinkedHashMap<>());
			Version earlier = languages.get(version.lang());
			if (earlier != null) {
				sink.reject(version.idLine(), "id '" + version.id() + "' in language " + version.lang()
						+ " is already given by " + earlier.input().name());
				continue;
			}
			languages.put(version.lang(), version);
		}
		byId.forEach((id, languages) -> merge(id, languages, context));
	}

	/** Reads and validates one file; a bad file is rejected here and gives null. */
	private Version version(SourceInput input, RowSink sink) throws IOException {
		MarkdownFile file = MarkdownFile.read(input);
		Item front = file.frontMatter();
		if (!front.valid()) {
			sink.reject(front.problemLine(), front.reason());
			return null;
		}
		Text text = text(front);
		checkFileName(input, front, text == null ? null : text.id(), text == null ? null : text.lang());
		if (!front.valid()) {
			sink.reject(front.problemLine(), front.reason());
			return null;
		}
		if (file.body().isEmpty()) {
			sink.reject(file.bodyLine(), "the text after the front matter is empty");
			return null;
		}
		return new Version(input, sink, front.lineOf("id"), front.lineOf("kind"), text, file.body());
	}

	/**
	 * The one rule of one language version of a text, for a file's front matter and for
	 * an editor's write through the API (built in the same shape): checks every field,
	 * recording problems in the item.
	 * <p>
	 * {@code published} (a date, default: always) and {@code until} (the last day it is
	 * shown, optional, not before {@code published}) bound when public reads show it;
	 * {@code editor} is the organisation (stakeholder key) whose editors keep it; without
	 * one, every editor may.
	 * @return the version's fields, or null when the item has problems
	 */
	public static Text text(Item front) {
		front.allowOnly(FIELDS);
		String id = front.slug("id");
		String contentType = front.code("kind", Enums.names(ContentType.class));
		String lang = front.code("lang", LANGUAGES);
		String title = front.text("title");
		String summary = front.text("summary");
		List<String> audiences = front.codes("audiences", Enums.names(Audience.class), true);
		List<String> topics = front.codes("topics", Enums.names(Topic.class), true);
		List<String> sectors = front.codes("sectors", Coded.codes(Sector.class), false);
		List<String> regions = front.codes("regions", Region.names(), true);
		String changed = front.date("changed");
		boolean sample = front.flag("sample");
		String published = front.has("published") ? front.date("published") : null;
		String until = front.has("until") ? front.date("until") : null;
		if (published != null && until != null && until.compareTo(published) < 0) {
			front.problem("until", "'" + until + "' is before published '" + published + "'");
		}
		String editor = front.has("editor") ? front.slug("editor") : null;
		if (!front.valid()) {
			return null;
		}
		return new Text(id, contentType, lang, title, summary, audiences, topics, sectors, regions, changed, sample,
				published, until, editor);
	}

	/**
	 * The file name says the id and language too; when it disagrees, one of them is a
	 * copy-paste slip.
	 */
	private static void checkFileName(SourceInput input, Item front, String id, String lang) {
		String fileName = input.name()
			.substring(Math.max(input.name().lastIndexOf('/'), input.name().lastIndexOf('\\')) + 1);
		Matcher matcher = FILE_NAME.matcher(fileName);
		if (!matcher.matches()) {
			front.problem("the file name '" + fileName + "' must be <id>.<lang>.md");
			return;
		}
		if (id != null && !matcher.group(1).equals(id)) {
			front.problem("id", "'" + id + "' differs from the file name '" + fileName + "'");
		}
		if (lang != null && !matcher.group(2).equals(lang)) {
			front.problem("lang", "'" + lang + "' differs from the file name '" + fileName + "'");
		}
	}

	private void merge(String id, Map<String, Version> languages, ImportContext context) {
		Version nl = languages.get("nl");
		if (nl == null) {
			languages.values()
				.forEach(v -> v.sink()
					.reject(v.idLine(), "no Dutch version of id " + id + " (expected " + id + ".nl.md)"));
			return;
		}
		List<Version> versions = new ArrayList<>();
		for (String lang : LANGUAGES) {
			Version version = languages.get(lang);
			if (version == null) {
				continue;
			}
			if (!version.contentType().equals(nl.contentType())) {
				version.sink()
					.reject(version.kindLine(), "kind " + version.contentType() + " differs from the Dutch version's "
							+ nl.contentType() + " (" + nl.input().name() + ")");
				continue;
			}
			versions.add(version);
		}
		nl.sink()
			.index(id, document(id, versions.stream().map(Version::written).toList(), context.provenance(name(), id,
					nl.input(), 1, latest(versions.stream().map(Version::written).toList()))), 1);
	}

	/** The latest change of any language. */
	private static String latest(List<Written> versions) {
		return versions.stream().map(v -> v.text().changed()).max(String::compareTo).orElseThrow();
	}

	/**
	 * The one document of a text's languages, each checked by {@link #text}: the Dutch
	 * version (which must be among them) gives its kind, publication dates and editor;
	 * audiences, topics, sectors and regions are the union over the versions, so a text
	 * is found by what any version is tagged with.
	 */
	public static ContentDocument document(String id, List<Written> versions, Provenance provenance) {
		Map<String, Written> merged = new LinkedHashMap<>();
		for (String lang : LANGUAGES) {
			versions.stream().filter(v -> v.text().lang().equals(lang)).findFirst().ifPresent(v -> merged.put(lang, v));
		}
		Text nl = merged.get("nl").text();
		return new ContentDocument(ContentDocument.KIND, id, ContentType.valueOf(nl.contentType()),
				localized(merged, w -> w.text().title()), localized(merged, w -> w.text().summary()),
				localized(merged, Written::body), union(versions, Text::topics), union(versions, Text::audiences),
				union(versions, Text::sectors), union(versions, Text::regions), List.copyOf(merged.keySet()), List.of(),
				versions.stream().anyMatch(v -> v.text().sample()), latest(versions), provenance, nl.published(),
				nl.until(), nl.editor(), null);
	}

	private static Localized localized(Map<String, Written> versions, Function<Written, String> text) {
		Written fr = versions.get("fr");
		Written en = versions.get("en");
		return new Localized(text.apply(versions.get("nl")), fr == null ? null : text.apply(fr),
				en == null ? null : text.apply(en));
	}

	private static List<String> union(List<Written> versions, Function<Text, List<String>> values) {
		Set<String> union = new LinkedHashSet<>();
		versions.forEach(v -> union.addAll(values.apply(v.text())));
		return List.copyOf(union);
	}

	/** The checked fields of one language version of a text. */
	public record Text(String id, String contentType, String lang, String title, String summary, List<String> audiences,
			List<String> topics, List<String> sectors, List<String> regions, String changed, boolean sample,
			String published, String until, String editor) {
	}

	/** One language version of a text, checked, with its Markdown body. */
	public record Written(Text text, String body) {
	}

	/** One language of one text, validated, in the file it came from. */
	private record Version(SourceInput input, RowSink sink, long idLine, long kindLine, Text text, String body) {

		String id() {
			return text.id();
		}

		String lang() {
			return text.lang();
		}

		String contentType() {
			return text.contentType();
		}

		Written written() {
			return new Written(text, body);
		}

	}

}
