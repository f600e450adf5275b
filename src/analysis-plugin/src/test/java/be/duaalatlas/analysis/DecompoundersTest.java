package be.duaalatlas.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The decompounders with analysis-common's settings give the tokens Elasticsearch's
 * reference documents for them, and the project's own Dutch uses.
 */
class DecompoundersTest {

	@Test
	void dictionaryDecompounderGivesTheDocumentedTokens() throws Exception {
		// the "dictionary_decompounder" example of Elasticsearch's reference
		Settings settings = Settings.builder().putList("word_list", "Donau", "dampf", "meer", "schiff").build();
		assertEquals(List.of("Donaudampfschiff", "Donau", "dampf", "schiff"),
				tokens(dictionary(settings), "Donaudampfschiff"));
	}

	@Test
	void subwordsStandAtTheCompoundsPosition() throws Exception {
		Settings settings = Settings.builder().putList("word_list", "kapper", "kok").build();
		TokenStream stream = dictionary(settings).create(standard("dameskapper hulpkok"));
		List<String> positioned = new ArrayList<>();
		CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
		PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
		stream.reset();
		while (stream.incrementToken()) {
			positioned.add(term + "+" + increment.getPositionIncrement());
		}
		stream.end();
		stream.close();
		assertEquals(List.of("dameskapper+1", "kapper+0", "hulpkok+1", "kok+0"), positioned);
	}

	@Test
	void sizesAndLongestMatchAreHonoured() throws Exception {
		Settings list = Settings.builder().putList("word_list", "kap", "kapper", "dames").build();
		assertEquals(List.of("dameskapper", "dames", "kap", "kapper"), tokens(dictionary(list), "dameskapper"));
		Settings longest = Settings.builder().put(list).put("only_longest_match", true).build();
		assertEquals(List.of("dameskapper", "dames", "kapper"), tokens(dictionary(longest), "dameskapper"));
		Settings minSubword = Settings.builder().put(list).put("min_subword_size", 4).build();
		assertEquals(List.of("dameskapper", "dames", "kapper"), tokens(dictionary(minSubword), "dameskapper"));
		Settings maxSubword = Settings.builder().put(list).put("max_subword_size", 5).build();
		assertEquals(List.of("dameskapper", "dames", "kap"), tokens(dictionary(maxSubword), "dameskapper"));
		Settings minWord = Settings.builder().put(list).put("min_word_size", 12).build();
		assertEquals(List.of("dameskapper"), tokens(dictionary(minWord), "dameskapper"));
	}

	@Test
	void aWordListFileIsReadFromTheConfigFolder() throws Exception {
		Settings settings = Settings.builder().put("word_list_path", "words.txt").build();
		assertEquals(List.of("autogarage", "auto", "garage"), tokens(dictionary(settings), "autogarage"));
	}

	@Test
	void withoutAWordListTheDictionaryDecompounderRefusesToStart() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> dictionary(Settings.EMPTY));
		assertEquals("word_list must be provided for [compounds], either as a path to a file, or directly",
				refused.getMessage());
	}

	@Test
	void hyphenationDecompounderKeepsTheListedParts() throws Exception {
		// the "hyphenation_decompounder" example of Elasticsearch's reference, on the
		// tests' own small grammar instead of the German FOP patterns
		Settings settings = Settings.builder()
			.put("hyphenation_patterns_path", "compound-grammar.xml")
			.putList("word_list", "Kaffee", "zucker", "tasse")
			.build();
		assertEquals(List.of("Kaffeetasse", "Kaffee", "tasse"), tokens(hyphenation(settings), "Kaffeetasse"));
	}

	@Test
	void hyphenationDecompounderWithoutGrammarRefusesToStart() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> hyphenation(Settings.builder().putList("word_list", "tasse").build()));
		assertEquals("hyphenation_patterns_path is a required setting.", refused.getMessage());
	}

	private static AbstractTokenFilterFactory dictionary(Settings settings) throws Exception {
		return new DictionaryDecompounderFilterFactory(null, environment(), "compounds", settings);
	}

	private static AbstractTokenFilterFactory hyphenation(Settings settings) throws Exception {
		return new HyphenationDecompounderFilterFactory(null, environment(), "compounds", settings);
	}

	/** An engine environment whose config folder is the test resources. */
	private static Environment environment() throws URISyntaxException {
		Path config = Path.of(DecompoundersTest.class.getResource("/compound-grammar.xml").toURI()).getParent();
		return new Environment(Settings.builder().put("path.home", config.toString()).build(), config);
	}

	private static TokenStream standard(String text) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(text));
		return tokenizer;
	}

	private static List<String> tokens(AbstractTokenFilterFactory factory, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = factory.create(standard(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
