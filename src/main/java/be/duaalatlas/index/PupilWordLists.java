package be.duaalatlas.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import be.duaalatlas.vocabulary.JobNameForms;
import be.duaalatlas.vocabulary.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The word lists of the pupils' words analysis, built from the catalogue's trade words
 * ({@link be.duaalatlas.vocabulary.TradeWords}) and put inline into every definition that
 * names them, so that any cluster gets them without files on its nodes:
 * <ul>
 * <li>a filter's {@code "word_list_path": "trade-words-nl.txt"} (the
 * {@code dictionary_decompounder}) becomes the {@code word_list} of the Dutch trade
 * words;</li>
 * <li>a synonym filter's {@code "synonyms_path": "job-forms.txt"} adds to its inline
 * {@code synonyms} a rule per trade word that adds the word to its feminine and plural
 * forms ({@code lasster, lassters => lasster, lassters, lasser}), by the rules of
 * {@link JobNameForms}. They join the pupils' words filter rather than a filter of their
 * own: a second synonym filter after a synonym graph shifts the positions of the tokens
 * the first one stacked.</li>
 * </ul>
 */
final class PupilWordLists {

	static final String TRADE_WORDS_NL = "trade-words-nl.txt";

	static final String JOB_FORMS = "job-forms.txt";

	private final List<String> decompounding;

	private final List<String> jobForms;

	/** From the trade words of each language. */
	PupilWordLists(Function<Language, List<String>> tradeWords) {
		List<String> rules = new ArrayList<>();
		for (Language language : List.of(Language.NL, Language.FR)) {
			for (String word : tradeWords.apply(language)) {
				List<String> forms = JobNameForms.all(word, language);
				if (!forms.isEmpty()) {
					String left = String.join(", ", forms);
					rules.add(left + " => " + left + ", " + word);
				}
			}
		}
		this.decompounding = List.copyOf(tradeWords.apply(Language.NL));
		this.jobForms = List.copyOf(rules);
	}

	/** Puts the lists into the analysis filters of a definition that name them. */
	void inline(ObjectNode definition) {
		JsonNode filters = definition.path("settings").path("analysis").path("filter");
		for (JsonNode filter : filters) {
			if (filter instanceof ObjectNode node) {
				replace(node, "word_list_path", TRADE_WORDS_NL, "word_list", decompounding);
				replace(node, "synonyms_path", JOB_FORMS, "synonyms", jobForms);
			}
		}
	}

	/** Replaces the path by the list, after the filter's own inline entries if any. */
	private static void replace(ObjectNode filter, String pathSetting, String path, String listSetting,
			List<String> list) {
		if (path.equals(filter.path(pathSetting).asText(null))) {
			filter.remove(pathSetting);
			ArrayNode array = filter.has(listSetting) ? (ArrayNode) filter.get(listSetting)
					: filter.putArray(listSetting);
			list.forEach(array::add);
		}
	}

}
