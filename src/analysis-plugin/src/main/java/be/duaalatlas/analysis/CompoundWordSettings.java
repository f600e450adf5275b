package be.duaalatlas.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.Analysis;

/**
 * The settings both decompounders share, with analysis-common's names and Lucene's
 * defaults: {@code word_list} or {@code word_list_path}, {@code min_word_size} (5),
 * {@code min_subword_size} (2), {@code max_subword_size} (15) and
 * {@code only_longest_match} (false).
 */
record CompoundWordSettings(CharArraySet wordList, int minWordSize, int minSubwordSize, int maxSubwordSize,
		boolean onlyLongestMatch) {

	/** The settings of a filter; {@code wordList} is null when none is given. */
	static CompoundWordSettings of(Environment env, Settings settings) {
		// The server's own reader, so word_list_path resolves against config/ and a
		// missing file fails as on a full cluster.
		return new CompoundWordSettings(Analysis.getWordSet(env, settings, "word_list"),
				settings.getAsInt("min_word_size", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE),
				settings.getAsInt("min_subword_size", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE),
				settings.getAsInt("max_subword_size", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE),
				settings.getAsBoolean("only_longest_match", false));
	}

}
