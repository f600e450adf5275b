package be.duaalatlas.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * {@code synonym} and {@code synonym_graph} with Solr-format rules ("a, b, c" and "a =>
 * b") from {@code synonyms} (inline) or {@code synonyms_path}, plus {@code expand},
 * {@code lenient} and {@code updateable}.
 *
 * <p>
 * As in analysis-common, the rules are analysed by the tokenizer, char filters and
 * filters that come <em>before</em> this filter in each analyzer, so "Elektricien" in a
 * rule matches the lowercased, folded token. That is why the real work happens in
 * {@link #getChainAwareTokenFilterFactory}; {@code synonyms_set} (rules stored in the
 * cluster) needs the synonyms API of the full distribution and is refused.
 */
final class SynonymFilterFactory extends AbstractTokenFilterFactory {

	private final Environment env;

	private final Settings settings;

	private final boolean graph;

	private final boolean expand;

	private final boolean lenient;

	private final AnalysisMode analysisMode;

	SynonymFilterFactory(Environment env, String name, Settings settings, boolean graph) {
		super(name, settings);
		this.env = env;
		this.settings = settings;
		this.graph = graph;
		if (settings.hasValue("synonyms_set")) {
			throw new IllegalArgumentException("[synonyms_set] is not supported by the duaal-analysis plugin; "
					+ "use [synonyms] or [synonyms_path] in filter [" + name + "]");
		}
		if (!settings.hasValue("synonyms") && !settings.hasValue("synonyms_path")) {
			throw new IllegalArgumentException(
					"synonym requires either `synonyms` or `synonyms_path` to be configured");
		}
		String format = settings.get("format", "");
		if (!format.isEmpty() && !format.equalsIgnoreCase("solr")) {
			throw new IllegalArgumentException("synonym format [" + format + "] is not supported by the "
					+ "duaal-analysis plugin; use the default (Solr) format in filter [" + name + "]");
		}
		this.expand = settings.getAsBoolean("expand", true);
		boolean updateable = settings.getAsBoolean("updateable", false);
		this.lenient = settings.getAsBoolean("lenient", updateable);
		// Updateable synonyms may only be used at search time; the server enforces that
		// from this mode.
		this.analysisMode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
	}

	@Override
	public AnalysisMode getAnalysisMode() {
		return analysisMode;
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		throw new IllegalStateException(
				"synonym filter [" + name() + "] must be specialised for its analysis chain first");
	}

	@Override
	public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
			List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters,
			Function<String, TokenFilterFactory> allFilters) {
		SynonymMap synonyms = buildSynonyms(tokenizer, charFilters, previousTokenFilters);
		String name = name();
		boolean graphFilter = graph;
		AnalysisMode mode = analysisMode;
		return new TokenFilterFactory() {
			@Override
			public String name() {
				return name;
			}

			@Override
			@SuppressWarnings("deprecation") // SynonymFilter is what analysis-common's
												// "synonym" type uses too
			public TokenStream create(TokenStream tokenStream) {
				if (synonyms.fst == null) {
					return tokenStream; // no rules survived (lenient) or none given
				}
				return graphFilter ? new SynonymGraphFilter(tokenStream, synonyms, false)
						: new SynonymFilter(tokenStream, synonyms, false);
			}

			/**
			 * A later synonym filter must not see this one's output while parsing its own
			 * rules.
			 */
			@Override
			public TokenFilterFactory getSynonymFilter() {
				return IDENTITY_FILTER;
			}

			@Override
			public AnalysisMode getAnalysisMode() {
				return mode;
			}
		};
	}

	private SynonymMap buildSynonyms(TokenizerFactory tokenizer, List<CharFilterFactory> charFilters,
			List<TokenFilterFactory> previousTokenFilters) {
		// Each earlier filter contributes its synonym-safe variant (getSynonymFilter),
		// e.g. folding without
		// preserve_original; n-gram filters refuse by throwing.
		TokenFilterFactory[] filters = previousTokenFilters.stream()
			.map(TokenFilterFactory::getSynonymFilter)
			.toArray(TokenFilterFactory[]::new);
		// getWordList reads the inline list or, failing that, the file named by
		// synonyms_path (relative to config/).
		List<String> rules = Analysis.getWordList(env, settings, "synonyms");
		try (Analyzer analyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]),
				filters)) {
			RuleParser parser = new RuleParser(expand, lenient, analyzer);
			parser.parse(new StringReader(String.join("\n", rules)));
			return parser.build();
		}
		catch (Exception e) {
			throw new IllegalArgumentException("failed to build synonyms for filter [" + name() + "]", e);
		}
	}

	/**
	 * Solr rule parser that, when lenient, skips rules whose words analyse to nothing
	 * instead of failing.
	 */
	private static final class RuleParser extends SolrSynonymParser {

		private final boolean lenient;

		RuleParser(boolean expand, boolean lenient, Analyzer analyzer) {
			super(true, expand, analyzer);
			this.lenient = lenient;
		}

		@Override
		public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
			try {
				return super.analyze(text, reuse);
			}
			catch (IllegalArgumentException e) {
				if (lenient) {
					return new CharsRef(""); // dropped again in add()
				}
				throw e;
			}
		}

		@Override
		public void add(CharsRef input, CharsRef output, boolean includeOrig) {
			if (!lenient || (input.length > 0 && output.length > 0)) {
				super.add(input, output, includeOrig);
			}
		}

	}

}
