package be.duaalatlas.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue's trade words per language (job names, trades, sectors from the
 * programmes' names and aliases), shipped beside the index definitions as
 * {@code search-mappings/trade-words-<lang>.txt}, one word a line, {@code #} comments:
 * the decompounder's word list, and the job names whose feminine and plural forms
 * ({@link JobNameForms}) are searched and suggested.
 */
public final class TradeWords {

	private static final Map<Language, List<String>> WORDS = load();

	private TradeWords() {
	}

	/** The trade words of a language (none for English). */
	public static List<String> of(Language language) {
		return WORDS.getOrDefault(language, List.of());
	}

	/** Whether a word, as written in a name or an alias, is one of a language's. */
	public static boolean contains(String word, Language language) {
		return of(language).contains(word.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The trade words closest to a text that found nothing, best first, at most
	 * {@code count}: those sharing the longest run of letters with one of its words
	 * ("kapperszaak" holds "kapper"), at least four letters or a whole trade word of
	 * three ("kok"), the nearer in length first. A "did you mean" for an empty page.
	 */
	public static List<String> closestTo(String text, int count) {
		List<String> typed = Arrays.stream(fold(text).split("[^a-z0-9]+")).filter(w -> w.length() >= 3).toList();
		record Candidate(String word, int shared, int lengthGap) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (List<String> words : WORDS.values()) {
			for (String word : words) {
				String folded = fold(word);
				for (String t : typed) {
					int shared = longestCommonRun(t, folded);
					if (shared >= 4 || shared == folded.length()) {
						candidates.add(new Candidate(word, shared, Math.abs(t.length() - folded.length())));
					}
				}
			}
		}
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::shared)
				.reversed()
				.thenComparingInt(Candidate::lengthGap)
				.thenComparing(Candidate::word))
			.map(Candidate::word)
			.distinct()
			.limit(count)
			.toList();
	}

	private static int longestCommonRun(String a, String b) {
		int best = 0;
		int[] previous = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					current[j] = previous[j - 1] + 1;
					best = Math.max(best, current[j]);
				}
			}
			previous = current;
		}
		return best;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/**
	 * The words of a word list file: its lines less blank ones and {@code #} comments.
	 */
	static List<String> words(String file) {
		return file.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	private static Map<Language, List<String>> load() {
		Map<Language, List<String>> words = new EnumMap<>(Language.class);
		for (Language language : List.of(Language.NL, Language.FR)) {
			String file = "search-mappings/trade-words-" + language.code() + ".txt";
			try (InputStream in = TradeWords.class.getClassLoader().getResourceAsStream(file)) {
				if (in == null) {
					throw new IllegalStateException("missing " + file + " on the classpath");
				}
				words.put(language, words(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return words;
	}

}
