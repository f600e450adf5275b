package be.duaalatlas.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code asciifolding} with {@code preserve_original}: "électricien" becomes
 * "electricien".
 */
final class AsciiFoldingFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

	private final boolean preserveOriginal;

	AsciiFoldingFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name, settings);
		this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
	}

	/**
	 * Normalizers and multi-term queries need exactly one token out, so never keep the
	 * original there.
	 */
	@Override
	public TokenStream normalize(TokenStream tokenStream) {
		return new ASCIIFoldingFilter(tokenStream, false);
	}

	/** Synonym rules cannot hold stacked tokens: parse them with the folded form only. */
	@Override
	public TokenFilterFactory getSynonymFilter() {
		if (!preserveOriginal) {
			return this;
		}
		String name = name();
		return new TokenFilterFactory() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public TokenStream create(TokenStream tokenStream) {
				return new ASCIIFoldingFilter(tokenStream, false);
			}
		};
	}

}
