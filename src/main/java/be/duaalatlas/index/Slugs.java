package be.duaalatlas.index;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable ids: made from names ({@link #of}), and the one rule for a key that a file or a
 * partner's write chooses ({@link #isSlug}, {@link #isCompoundKey}). A key becomes an
 * engine document id and part of global ids, URLs and logs, so nothing but lower-case
 * letters, digits and hyphens passes: no {@code ..}, {@code /}, {@code ?}, {@code *},
 * {@code _search}, control characters or spaces.
 */
public final class Slugs {

	/** The longest key (the files' keys are far shorter). */
	public static final int MAX_LENGTH = 100;

	/** What {@link #isSlug} accepts, for messages. */
	public static final String SLUG_RULE = "lower case letters, digits and hyphens";

	/** What {@link #isCompoundKey} accepts, for messages. */
	public static final String COMPOUND_KEY_RULE = "lower case letters, digits and hyphens, with '--' between its parts "
			+ "(e.g. campus-scheldezicht--kapper-duaal)";

	private static final String WORDS = "[a-z0-9]+(?:-[a-z0-9]+)*";

	private static final Pattern SLUG = Pattern.compile(WORDS);

	private static final Pattern COMPOUND = Pattern.compile(WORDS + "(?:--" + WORDS + ")*");

	private Slugs() {
	}

	public static String of(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return Arrays.stream(folded.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter(part -> !part.isEmpty())
			.reduce((a, b) -> a + "-" + b)
			.orElse("");
	}

	/**
	 * A key: lower-case letters and digits, words joined by single hyphens, at most
	 * {@link #MAX_LENGTH} characters.
	 */
	public static boolean isSlug(String value) {
		return value != null && value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
	}

	/**
	 * A key made of slugs joined by {@code --}, as an offering's provider and programme;
	 * a plain slug is one too.
	 */
	public static boolean isCompoundKey(String value) {
		return value != null && value.length() <= MAX_LENGTH && COMPOUND.matcher(value).matches();
	}

}
