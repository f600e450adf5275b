package be.duaalatlas.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The feminine and plural forms pupils type for a job name, by the rules of Dutch and
 * French word formation: {@code kapper → kapster}, {@code timmerman → timmervrouw},
 * {@code kok → kokkin}, {@code elektricien → elektricienne},
 * {@code coiffeur → coiffeuse}, {@code animateur → animatrice},
 * {@code cuisinier → cuisinière}. One rule for the search analysis (the generated
 * {@code job_forms} synonyms) and for the suggestions of programmes. A rule may give a
 * form nobody uses; it then matches nothing, which is harmless.
 */
public final class JobNameForms {

	private static final String VOWELS = "aeiouy";

	private JobNameForms() {
	}

	/**
	 * The usual feminine form of a one-word job name, the first of {@link #all}, if a
	 * rule applies.
	 */
	public static Optional<String> feminine(String word, Language language) {
		return feminines(word.toLowerCase(Locale.ROOT), language).stream().findFirst();
	}

	/**
	 * Every feminine form a rule gives, with its plural (the stemmers do not reach a
	 * feminine plural); empty when no rule applies.
	 */
	public static List<String> all(String word, Language language) {
		String w = word.toLowerCase(Locale.ROOT);
		List<String> feminines = feminines(w, language);
		if (feminines.isEmpty()) {
			return List.of();
		}
		Set<String> forms = new LinkedHashSet<>();
		for (String feminine : feminines) {
			forms.add(feminine);
			forms.add(plural(feminine, language));
		}
		forms.remove(w);
		return List.copyOf(forms);
	}

	private static List<String> feminines(String w, Language language) {
		return switch (language) {
			case NL -> dutch(w);
			case FR -> french(w);
			case EN -> List.of();
		};
	}

	private static List<String> dutch(String w) {
		List<String> forms = new ArrayList<>();
		if (w.length() < 3 || w.contains(" ") || w.endsWith("ster") || w.endsWith("es")) {
			return forms; // already feminine (kapster, lerares)
		}
		if (w.endsWith("man")) {
			forms.add(cut(w, 3) + "vrouw");
		}
		else if (w.endsWith("ien")) {
			forms.add(w + "ne");
		}
		else if (w.endsWith("ateur")) {
			forms.add(cut(w, 3) + "rice");
			forms.add(cut(w, 1) + "se");
		}
		else if (w.endsWith("eur")) {
			forms.add(cut(w, 1) + "se");
		}
		else if (w.endsWith("ist")) {
			forms.add(w + "e");
		}
		else if (w.endsWith("aar")) {
			forms.add(cut(w, 2) + "res");
		}
		else if (w.endsWith("ier")) {
			forms.add(w + "ster");
			forms.add(w + "e");
		}
		else if (w.endsWith("er")) {
			forms.add(dutchStem(cut(w, 2)) + "ster");
			forms.add(w + "es");
		}
		else if (w.length() <= 4 && isShortClosedSyllable(w)) {
			forms.add(w + w.charAt(w.length() - 1) + "in");
		}
		return forms;
	}

	/**
	 * The stem a Dutch {@code -ster} goes on: {@code kapp → kap} (a doubled consonant
	 * undone), {@code verkop → verkoop} (the open syllable's long vowel written twice).
	 */
	private static String dutchStem(String stem) {
		int n = stem.length();
		if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
			return stem.substring(0, n - 1);
		}
		if (n >= 3 && !isVowel(stem.charAt(n - 1)) && isVowel(stem.charAt(n - 2)) && !isVowel(stem.charAt(n - 3))
				&& "aou".indexOf(stem.charAt(n - 2)) >= 0) {
			return stem.substring(0, n - 1) + stem.charAt(n - 2) + stem.charAt(n - 1);
		}
		return stem;
	}

	private static List<String> french(String w) {
		List<String> forms = new ArrayList<>();
		if (w.length() < 3 || w.contains(" ")) {
			return forms;
		}
		if (w.endsWith("ateur")) {
			forms.add(cut(w, 3) + "rice");
			forms.add(cut(w, 1) + "se");
		}
		else if (w.endsWith("eur")) {
			forms.add(cut(w, 1) + "se");
		}
		else if (w.endsWith("ier") || w.endsWith("er")) {
			forms.add(cut(w, 2) + "ère");
		}
		else if (w.endsWith("ien")) {
			forms.add(w + "ne");
		}
		return forms;
	}

	private static String plural(String w, Language language) {
		if (language == Language.FR) {
			return w.endsWith("s") || w.endsWith("x") ? w : w + "s";
		}
		if (w.endsWith("in") && !w.endsWith("ien")) {
			return w + "nen"; // kokkin → kokkinnen
		}
		if (w.endsWith("man")) {
			return cut(w, 3) + "lui"; // timmerman → timmerlui
		}
		if (w.endsWith("vrouw")) {
			return w + "en";
		}
		if (w.endsWith("es") && !w.endsWith("ees")) {
			return w + "sen"; // schilderes → schilderessen
		}
		char last = w.charAt(w.length() - 1);
		return isVowel(last) || last == 'r' || last == 'l' || last == 'n' ? w + "s" : w + "en";
	}

	private static boolean isShortClosedSyllable(String w) {
		int n = w.length();
		return n >= 3 && !isVowel(w.charAt(n - 1)) && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(c) >= 0;
	}

	private static String cut(String w, int letters) {
		return w.substring(0, w.length() - letters);
	}

}
