package be.duaalatlas.graphql;

import java.util.List;
import java.util.Locale;

import be.duaalatlas.index.Localized;

/**
 * The GraphQL {@code Text}: a value in the asked language, or in Dutch when that language
 * is missing, and whether it is the official wording.
 *
 * @param official true when the value is the wording of the official source, false when
 * it is the catalogue's own translation or wording, null when not stated for this text
 */
public record Text(String value, String language, Boolean official) {

	/** A text whose standing is not stated. */
	public static Text of(Localized text, String lang) {
		return in(text, lang, null);
	}

	/**
	 * A text whose wording is official in {@code officialLanguages} (codes such as
	 * {@code nl}) and the catalogue's translation in any other language.
	 */
	public static Text official(Localized text, String lang, String... officialLanguages) {
		return in(text, lang, List.of(officialLanguages));
	}

	/** A text the catalogue wrote itself, in every language. */
	public static Text ours(Localized text, String lang) {
		return in(text, lang, List.of());
	}

	private static Text in(Localized text, String lang, List<String> officialLanguages) {
		if (text == null) {
			return null;
		}
		return text.in(lang)
			.map(value -> text(value, lang, officialLanguages))
			.or(() -> text.in("nl").map(value -> text(value, "nl", officialLanguages)))
			.orElse(null);
	}

	private static Text text(String value, String lang, List<String> officialLanguages) {
		String code = lang.toLowerCase(Locale.ROOT);
		return new Text(value, code.toUpperCase(Locale.ROOT),
				officialLanguages == null ? null : officialLanguages.contains(code));
	}

}
