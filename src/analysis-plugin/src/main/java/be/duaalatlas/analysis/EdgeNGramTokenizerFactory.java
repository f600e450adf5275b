package be.duaalatlas.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/**
 * {@code edge_ngram} tokenizer with {@code min_gram}, {@code max_gram},
 * {@code token_chars} (letter, digit, whitespace, punctuation, symbol, custom) and
 * {@code custom_token_chars}. Without {@code token_chars} every character belongs to a
 * token, as in analysis-common.
 */
final class EdgeNGramTokenizerFactory extends AbstractTokenizerFactory {

	private final int minGram;

	private final int maxGram;

	private final IntPredicate tokenChars; // null: keep all characters

	EdgeNGramTokenizerFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(indexSettings, settings, name);
		this.minGram = settings.getAsInt("min_gram", EdgeNGramTokenizer.DEFAULT_MIN_GRAM_SIZE);
		this.maxGram = settings.getAsInt("max_gram", EdgeNGramTokenizer.DEFAULT_MAX_GRAM_SIZE);
		this.tokenChars = parseTokenChars(settings);
	}

	@Override
	public Tokenizer create() {
		if (tokenChars == null) {
			return new EdgeNGramTokenizer(minGram, maxGram);
		}
		IntPredicate chars = tokenChars;
		return new EdgeNGramTokenizer(minGram, maxGram) {
			@Override
			protected boolean isTokenChar(int chr) {
				return chars.test(chr);
			}
		};
	}

	private static IntPredicate parseTokenChars(Settings settings) {
		List<String> classes = settings.getAsList("token_chars");
		if (classes.isEmpty()) {
			return null;
		}
		IntPredicate result = chr -> false;
		for (String characterClass : classes) {
			result = result.or(characterClass(characterClass.toLowerCase(Locale.ROOT).trim(), settings));
		}
		return result;
	}

	private static IntPredicate characterClass(String name, Settings settings) {
		switch (name) {
			case "letter":
				return Character::isLetter;
			case "digit":
				return chr -> Character.getType(chr) == Character.DECIMAL_DIGIT_NUMBER;
			case "whitespace":
				return Character::isWhitespace;
			case "punctuation":
				return chr -> switch (Character.getType(chr)) {
					case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
							Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
							Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION ->
						true;
					default -> false;
				};
			case "symbol":
				return chr -> switch (Character.getType(chr)) {
					case Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.OTHER_SYMBOL,
							Character.MODIFIER_SYMBOL ->
						true;
					default -> false;
				};
			case "custom":
				String custom = settings.get("custom_token_chars");
				if (custom == null) {
					throw new IllegalArgumentException("Token type: [custom] requires setting [custom_token_chars]");
				}
				int[] codePoints = custom.codePoints().sorted().toArray();
				return chr -> Arrays.binarySearch(codePoints, chr) >= 0;
			default:
				throw new IllegalArgumentException("Unknown token type: '" + name
						+ "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
		}
	}

}
