package be.duaalatlas.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code elision}: strips "l'", "qu'"... so "l'électricien" indexes as "électricien";
 * settings {@code articles} or {@code articles_path}, and {@code articles_case}.
 */
final class ElisionFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

	private final CharArraySet articles;

	ElisionFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name, settings);
		// The server's own parser, so articles_path and articles_case behave exactly as
		// in analysis-common.
		this.articles = Analysis.parseArticles(env, settings);
		if (articles == null) {
			throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new ElisionFilter(tokenStream, articles);
	}

}
