package be.duaalatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Autocomplete for every keystroke: Elasticsearch's completion suggester (an in-memory
 * prefix automaton) over the {@code suggest} field of the suggestable kinds, in one
 * request.
 */
@Controller
class SuggestController {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	SuggestController(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	@QueryMapping
	List<SuggestionView> suggest(@Argument String prefix, @Argument Integer size, @Argument List<Kind> kinds) {
		String text = prefix == null ? "" : prefix.strip();
		if (text.isEmpty() || text.length() > 100) {
			throw new BadArgumentException("prefix", "'prefix' must be 1 to 100 characters, was " + text.length());
		}
		int count = size == null ? 8 : size;
		if (count < 1 || count > 20) {
			throw new BadArgumentException("size", "'size' must be between 1 and 20, was " + count);
		}
		// hits name the versioned index behind the alias (programmes-v4): its prefix
		// tells the kind
		Map<String, Kind> kindByIndexPrefix = new LinkedHashMap<>();
		Kind.suggestable().forEach(kind -> kindByIndexPrefix.put(indices.alias(kind.indexKind()) + "-v", kind));
		List<String> wanted = Kind.suggestable()
			.stream()
			.filter(kind -> kinds == null || kinds.isEmpty() || kinds.contains(kind))
			.map(kind -> indices.alias(kind.indexKind()))
			.toList();
		try {
			SearchResponse<ObjectNode> response = client.search(s -> s.index(wanted)
				.source(src -> src.filter(f -> f.includes("kind")))
				.suggest(sg -> sg.suggesters("names",
						fs -> fs.prefix(text)
							.completion(c -> c.field("suggest")
								.size(count)
								.skipDuplicates(true)
								.fuzzy(fz -> fz.fuzziness(text.length() > 3 ? "1" : "0"))))),
					ObjectNode.class);
			List<SuggestionView> suggestions = new ArrayList<>();
			for (Suggestion<ObjectNode> suggestion : response.suggest().getOrDefault("names", List.of())) {
				for (CompletionSuggestOption<ObjectNode> option : suggestion.completion().options()) {
					Kind type = kindByIndexPrefix.entrySet()
						.stream()
						.filter(e -> option.index().startsWith(e.getKey()))
						.map(Map.Entry::getValue)
						.findFirst()
						.orElse(Kind.PROGRAMME);
					suggestions.add(new SuggestionView(capitalised(option.text()), type, option.id()));
				}
			}
			return suggestions.stream().limit(count).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pupil words are stored in lower case; a suggestion list shows them like names. */
	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** One completion: the text to show, what it is, and its id to follow. */
	record SuggestionView(String text, Kind kind, String id) {
	}

}
