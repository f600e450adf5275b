package be.duaalatlas.index;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Stable ids from names: lower case, accents folded, words joined with hyphens. */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return Arrays.stream(folded.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.filter(part -> !part.isEmpty())
			.reduce((a, b) -> a + "-" + b)
			.orElse("");
	}

}
