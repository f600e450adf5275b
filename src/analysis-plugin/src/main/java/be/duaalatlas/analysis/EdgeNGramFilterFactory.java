package be.duaalatlas.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code edge_ngram} filter for search-as-you-type: "elektricien" becomes "el", "ele",
 * "elek"...; settings {@code min_gram} (1), {@code max_gram} (2),
 * {@code preserve_original} and the legacy {@code side}.
 */
final class EdgeNGramFilterFactory extends AbstractTokenFilterFactory {

	private final int minGram;

	private final int maxGram;

	private final boolean preserveOriginal;

	private final boolean back;

	EdgeNGramFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name, settings);
		this.minGram = settings.getAsInt("min_gram", 1);
		this.maxGram = settings.getAsInt("max_gram", 2);
		this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
		String side = settings.get("side", "front");
		if (!side.equals("front") && !side.equals("back")) {
			throw new IllegalArgumentException("invalid side [" + side + "] for edge_ngram filter [" + name + "]");
		}
		this.back = side.equals("back");
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		// Lucene dropped back-side grams; reversing before and after gives the
		// same result.
		TokenStream result = back ? new ReverseStringFilter(tokenStream) : tokenStream;
		result = new EdgeNGramTokenFilter(result, minGram, maxGram, preserveOriginal);
		return back ? new ReverseStringFilter(result) : result;
	}

	@Override
	public boolean breaksFastVectorHighlighter() {
		return true;
	}

	/**
	 * Like analysis-common: grams stack several tokens on one position, which a synonym
	 * rule cannot hold.
	 */
	@Override
	public TokenFilterFactory getSynonymFilter() {
		throw new IllegalArgumentException("Token filter [" + name() + "] cannot be used to parse synonyms");
	}

}
