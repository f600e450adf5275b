package be.duaalatlas.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.xml.sax.InputSource;

/**
 * {@code hyphenation_decompounder}: splits tokens where an Apache FOP XML hyphenation
 * grammar ({@code hyphenation_patterns_path}, relative to the engine's config folder)
 * allows it and keeps the parts found in the word list (all parts when there is none),
 * with Lucene's {@link HyphenationCompoundWordTokenFilter} as in analysis-common; also
 * {@code no_sub_matches} and {@code no_overlapping_matches} (both false by default). The
 * project ships no grammar: they are third-party files a cluster operator installs.
 */
final class HyphenationDecompounderFilterFactory extends AbstractTokenFilterFactory {

	private final CompoundWordSettings compound;

	private final HyphenationTree grammar;

	private final boolean noSubMatches;

	private final boolean noOverlappingMatches;

	HyphenationDecompounderFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name, settings);
		this.compound = CompoundWordSettings.of(env, settings);
		this.noSubMatches = settings.getAsBoolean("no_sub_matches", false);
		this.noOverlappingMatches = settings.getAsBoolean("no_overlapping_matches", false);
		String patterns = settings.get("hyphenation_patterns_path");
		if (patterns == null) {
			throw new IllegalArgumentException("hyphenation_patterns_path is a required setting.");
		}
		Path file = env.configDir().resolve(patterns);
		try (InputStream in = Files.newInputStream(file)) {
			this.grammar = HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(in));
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("Exception while reading hyphenation_patterns_path.", e);
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new HyphenationCompoundWordTokenFilter(tokenStream, grammar, compound.wordList(), compound.minWordSize(),
				compound.minSubwordSize(), compound.maxSubwordSize(), compound.onlyLongestMatch(), noSubMatches,
				noOverlappingMatches);
	}

}
