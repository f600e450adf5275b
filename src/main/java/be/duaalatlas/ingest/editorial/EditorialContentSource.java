package be.duaalatlas.ingest.editorial;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.duaalatlas.content.ContentDocument;
import be.duaalatlas.content.ContentRules;
import be.duaalatlas.content.ContentRules.Written;
import be.duaalatlas.content.ContentTextInput;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import jakarta.validation.Validator;

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

	private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.([^.]+)\\.md");

	private final Validator validator;

	EditorialContentSource(Validator validator) {
		this.validator = validator;
	}

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

	/**
	 * Reads and validates one file: its front matter bound to a {@link ContentTextInput}
	 * and checked by {@link ContentRules#text}, the rule an editor's write goes through
	 * too; a bad file is rejected here and gives null.
	 */
	private Version version(SourceInput input, RowSink sink) throws IOException {
		MarkdownFile file = MarkdownFile.read(input);
		Item front = file.frontMatter();
		if (!front.valid()) {
			sink.reject(front.problemLine(), front.reason());
			return null;
		}
		ContentTextInput text = front.bind(ContentTextInput.class);
		front.report(ContentRules.text(text, validator));
		if (front.valid()) {
			checkFileName(input, front, text.key(), text.lang());
		}
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
		for (String lang : ContentRules.LANGUAGES) {
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
			.index(id,
					ContentRules.document(id, versions.stream().map(Version::written).toList(),
							context.provenance(name(), id, nl.input(), 1,
									ContentRules.latest(versions.stream().map(Version::written).toList()))),
					1);
	}

	/** One language of one text, validated, in the file it came from. */
	private record Version(SourceInput input, RowSink sink, long idLine, long kindLine, ContentTextInput text,
			String body) {

		String id() {
			return text.key();
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
