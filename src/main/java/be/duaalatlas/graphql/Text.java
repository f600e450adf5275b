package be.duaalatlas.graphql;

import java.util.Locale;

import be.duaalatlas.index.Localized;

/**
 * The GraphQL {@code Text}: a value in the asked language, or in Dutch when that language
 * is missing.
 */
public record Text(String value, String language) {

	public static Text of(Localized text, String lang) {
		if (text == null) {
			return null;
		}
		return text.in(lang)
			.map(value -> new Text(value, lang.toUpperCase(Locale.ROOT)))
			.or(() -> text.in("nl").map(value -> new Text(value, "NL")))
			.orElse(null);
	}

}
