package be.duaalatlas.analysis;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The subset of Elasticsearch's {@code analysis-common} module that the Duaal Atlas
 * indices use, for the minimal distribution that ships without it. Every name and setting
 * matches {@code analysis-common}, so the same index definitions work on a full cluster
 * (which never gets this plugin).
 *
 * <p>
 * Names the server registers itself ({@code standard} tokenizer and analyzer,
 * {@code lowercase} and {@code stop} filters,
 * {@code keyword}/{@code simple}/{@code stop}/{@code whitespace} analyzers,
 * {@code shingle}, {@code hunspell}, the {@code lowercase} normalizer) are deliberately
 * absent: registering one twice stops the node from starting.
 */
public class DuaalAnalysisPlugin extends Plugin implements AnalysisPlugin {

	@Override
	public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
		return Map.of("asciifolding", AsciiFoldingFilterFactory::new, "stemmer", StemmerFilterFactory::new, "elision",
				AnalysisPlugin.requiresAnalysisSettings(ElisionFilterFactory::new), "edge_ngram",
				EdgeNGramFilterFactory::new, "synonym",
				AnalysisPlugin.requiresAnalysisSettings(
						(indexSettings, env, name, settings) -> new SynonymFilterFactory(env, name, settings, false)),
				"synonym_graph",
				AnalysisPlugin.requiresAnalysisSettings(
						(indexSettings, env, name, settings) -> new SynonymFilterFactory(env, name, settings, true)),
				"dictionary_decompounder",
				AnalysisPlugin.requiresAnalysisSettings(DictionaryDecompounderFilterFactory::new),
				"hyphenation_decompounder",
				AnalysisPlugin.requiresAnalysisSettings(HyphenationDecompounderFilterFactory::new));
	}

	/** Filters usable by bare name, without a definition in the index settings. */
	@Override
	public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
		return List.of(
				// true: also applied to wildcard/prefix/fuzzy terms and allowed
				// in normalizers
				PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
				PreConfiguredTokenFilter.singleton("elision", true,
						input -> new ElisionFilter(input, FrenchAnalyzer.DEFAULT_ARTICLES)),
				PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new),
				// false, false: n-grams make no sense for multi-term queries and cannot
				// parse synonym rules
				PreConfiguredTokenFilter.singleton("edge_ngram", false, false,
						input -> new EdgeNGramTokenFilter(input, 1)));
	}

	@Override
	public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
		return Map.of("edge_ngram", EdgeNGramTokenizerFactory::new);
	}

	@Override
	public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
		return List.of(
				PreConfiguredTokenizer.singleton("edge_ngram",
						() -> new EdgeNGramTokenizer(EdgeNGramTokenizer.DEFAULT_MIN_GRAM_SIZE,
								EdgeNGramTokenizer.DEFAULT_MAX_GRAM_SIZE)),
				// Handy in _analyze calls and custom analyzers; the server only has the
				// keyword *analyzer*.
				PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
				PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new));
	}

	@Override
	public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
		return Map.of("html_strip", HtmlStripCharFilterFactory::new);
	}

	@Override
	public List<PreConfiguredCharFilter> getPreConfiguredCharFilters() {
		return List.of(PreConfiguredCharFilter.singleton("html_strip", false, HTMLStripCharFilter::new));
	}

	/**
	 * The configurable language analyzers
	 * ({@code "type": "dutch", "stopwords": ..., "stem_exclusion": ...}).
	 */
	@Override
	public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
		return Map.of("dutch", LanguageAnalyzerProvider.provider(DutchAnalyzer.getDefaultStopSet(), DutchAnalyzer::new),
				"french", LanguageAnalyzerProvider.provider(FrenchAnalyzer.getDefaultStopSet(), FrenchAnalyzer::new),
				"english",
				LanguageAnalyzerProvider.provider(EnglishAnalyzer.getDefaultStopSet(), EnglishAnalyzer::new));
	}

	/**
	 * The same analyzers with their defaults, usable by bare name
	 * ({@code "analyzer": "dutch"}).
	 */
	@Override
	public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
		return List.of(new PreBuiltAnalyzerProviderFactory("dutch", CachingStrategy.LUCENE, DutchAnalyzer::new),
				new PreBuiltAnalyzerProviderFactory("french", CachingStrategy.LUCENE, FrenchAnalyzer::new),
				new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new));
	}

}
