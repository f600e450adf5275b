package be.duaalatlas.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * {@code stemmer} with {@code language} (or its old alias {@code name}; default
 * {@code porter}), for the Dutch, French and English stemmers. Each language maps to the
 * same Lucene class as in analysis-common on Elasticsearch 8.x, so a term stems
 * identically on the embedded engine and on a full cluster.
 */
final class StemmerFilterFactory extends AbstractTokenFilterFactory {

	/**
	 * Keys are lower case; analysis-common matches ignoring case, which also covers its
	 * camelCase aliases.
	 */
	private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.ofEntries(
			Map.entry("dutch", in -> new SnowballFilter(in, new DutchStemmer())),
			Map.entry("dutch_kp", in -> new SnowballFilter(in, new KpStemmer())),
			Map.entry("dutchkp", in -> new SnowballFilter(in, new KpStemmer())),
			Map.entry("kp", in -> new SnowballFilter(in, new KpStemmer())), Map.entry("english", PorterStemFilter::new),
			Map.entry("porter", PorterStemFilter::new),
			Map.entry("porter2", in -> new SnowballFilter(in, new EnglishStemmer())),
			Map.entry("light_english", KStemFilter::new), Map.entry("lightenglish", KStemFilter::new),
			Map.entry("kstem", KStemFilter::new), Map.entry("minimal_english", EnglishMinimalStemFilter::new),
			Map.entry("minimalenglish", EnglishMinimalStemFilter::new),
			Map.entry("possessive_english", EnglishPossessiveFilter::new),
			Map.entry("possessiveenglish", EnglishPossessiveFilter::new),
			Map.entry("french", in -> new SnowballFilter(in, new FrenchStemmer())),
			Map.entry("light_french", FrenchLightStemFilter::new), Map.entry("lightfrench", FrenchLightStemFilter::new),
			Map.entry("minimal_french", FrenchMinimalStemFilter::new),
			Map.entry("minimalfrench", FrenchMinimalStemFilter::new));

	private final UnaryOperator<TokenStream> stemmer;

	StemmerFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name, settings);
		String language = settings.get("language", settings.get("name", "porter"));
		this.stemmer = STEMMERS.get(language.toLowerCase(Locale.ROOT));
		if (stemmer == null) {
			// Fail when the index is created, not on the first document.
			throw new IllegalArgumentException("stemmer [" + name + "]: language [" + language
					+ "] is not available in the duaal-analysis plugin; supported: " + STEMMERS.keySet());
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return stemmer.apply(tokenStream);
	}

}
