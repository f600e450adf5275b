package be.duaalatlas.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.ContentType;
import be.duaalatlas.vocabulary.Language;
import jakarta.validation.Validator;

/**
 * The rules of key messages and good practices, for the editorial files and for an
 * editor's write through the API: each language version by its input's constraints and a
 * publication window that ends after it starts; the versions of one text merged into one
 * document.
 */
public final class ContentRules {

	/** The catalogue's languages, Dutch (the reference version) first. */
	public static final List<String> LANGUAGES = Coded.codes(Language.class);

	private ContentRules() {
	}

	/** One language version of a text, checked, with its Markdown body. */
	public record Written(ContentTextInput text, String body) {
	}

	/** Every rule a language version breaks (a file lists them all), in field order. */
	public static List<Problem> text(ContentTextInput input, Validator validator) {
		List<Problem> problems = new ArrayList<>(ValidationProblems.all(validator, input));
		String from = input.publishedFrom();
		String until = input.publishedUntil();
		boolean datesValid = problems.stream()
			.noneMatch(p -> "publishedFrom".equals(p.field()) || "publishedUntil".equals(p.field()));
		if (from != null && until != null && datesValid && until.compareTo(from) < 0) {
			problems.add(
					new Problem("publishedUntil", "until '" + until + "' is before published '" + from + "'", "until"));
		}
		return problems;
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
		ContentTextInput nl = merged.get("nl").text();
		return new ContentDocument(ContentDocument.KIND, id, ContentType.valueOf(nl.contentType()),
				localized(merged, w -> w.text().title()), localized(merged, w -> w.text().summary()),
				localized(merged, Written::body), union(versions, ContentTextInput::topics),
				union(versions, ContentTextInput::audiences), union(versions, ContentTextInput::sectors),
				union(versions, ContentTextInput::regions), List.copyOf(merged.keySet()), List.of(),
				versions.stream().anyMatch(v -> v.text().isSample()), latest(versions), provenance, nl.publishedFrom(),
				nl.publishedUntil(), nl.editor(), null);
	}

	/** The latest change of any language. */
	public static String latest(List<Written> versions) {
		return versions.stream().map(v -> v.text().changed()).max(String::compareTo).orElseThrow();
	}

	private static Localized localized(Map<String, Written> versions, Function<Written, String> text) {
		Written fr = versions.get("fr");
		Written en = versions.get("en");
		return new Localized(text.apply(versions.get("nl")), fr == null ? null : text.apply(fr),
				en == null ? null : text.apply(en));
	}

	private static List<String> union(List<Written> versions, Function<ContentTextInput, List<String>> values) {
		Set<String> union = new LinkedHashSet<>();
		versions.forEach(v -> {
			List<String> each = values.apply(v.text());
			if (each != null) {
				union.addAll(each);
			}
		});
		return List.copyOf(union);
	}

}
