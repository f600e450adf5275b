package be.duaalatlas.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code dictionary_decompounder}: keeps each token and adds, at the same position, every
 * word of the list found inside it ("dameskapper" also gives "kapper"), with Lucene's
 * brute-force {@link DictionaryCompoundWordTokenFilter} as in analysis-common.
 */
final class DictionaryDecompounderFilterFactory extends AbstractTokenFilterFactory {

	private final CompoundWordSettings compound;

	DictionaryDecompounderFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name, settings);
		this.compound = CompoundWordSettings.of(env, settings);
		if (compound.wordList() == null) {
			// Fail when the index is created, not on the first document.
			throw new IllegalArgumentException(
					"word_list must be provided for [" + name + "], either as a path to a file, or directly");
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new DictionaryCompoundWordTokenFilter(tokenStream, compound.wordList(), compound.minWordSize(),
				compound.minSubwordSize(), compound.maxSubwordSize(), compound.onlyLongestMatch());
	}

}
