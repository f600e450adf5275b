package be.duaalatlas.analysis;

import java.util.function.BiFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * A Lucene language analyzer ({@code dutch}, {@code french}, {@code english}) configured
 * like analysis-common does: {@code stopwords} (a list, {@code _dutch_}-style names or
 * {@code _none_}), {@code stopwords_path} and {@code stem_exclusion}.
 */
final class LanguageAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {

	private final Analyzer analyzer;

	private LanguageAnalyzerProvider(String name, Settings settings, Analyzer analyzer) {
		super(name, settings);
		this.analyzer = analyzer;
	}

	/**
	 * @param create the Lucene analyzer's (stop words, stem exclusions) constructor
	 */
	static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(CharArraySet defaultStopWords,
			BiFunction<CharArraySet, CharArraySet, Analyzer> create) {
		return (indexSettings, env, name, settings) -> new LanguageAnalyzerProvider(name, settings,
				create.apply(Analysis.parseStopWords(env, settings, defaultStopWords),
						Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)));
	}

	@Override
	public Analyzer get() {
		return analyzer;
	}

}
