package be.duaalatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineCalls;
import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Elasticsearch's completion suggester (an in-memory prefix automaton) over the
 * {@code suggest} field of the suggestable kinds, in one request.
 */
@Component
class Completions {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	Completions(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	/** A completed text, the kind of record it names and that record's key. */
	record Completion(String text, Kind kind, String id) {
	}

	/**
	 * Up to {@code count} completions of {@code prefix} among the given suggestable
	 * kinds.
	 */
	List<Completion> complete(String prefix, int count, List<Kind> kinds) {
		// hits name the versioned index behind the alias (programmes-v4): its prefix
		// tells the kind
		Map<String, Kind> kindByIndexPrefix = new LinkedHashMap<>();
		kinds.forEach(kind -> kindByIndexPrefix.put(indices.alias(kind.indexKind()) + "-v", kind));
		List<String> aliases = kinds.stream().map(kind -> indices.alias(kind.indexKind())).toList();
		SearchResponse<ObjectNode> response = EngineCalls
			.call(() -> client.search(
					s -> s.index(aliases)
						.source(src -> src.filter(f -> f.includes("kind")))
						.suggest(sg -> sg.suggesters("names",
								fs -> fs.prefix(prefix)
									.completion(c -> c.field("suggest")
										.size(count)
										.skipDuplicates(true)
										.fuzzy(fz -> fz.fuzziness(prefix.length() > 3 ? "1" : "0"))))),
					ObjectNode.class));
		List<Completion> completions = new ArrayList<>();
		for (Suggestion<ObjectNode> suggestion : response.suggest().getOrDefault("names", List.of())) {
			for (CompletionSuggestOption<ObjectNode> option : suggestion.completion().options()) {
				Kind kind = kindByIndexPrefix.entrySet()
					.stream()
					.filter(e -> option.index().startsWith(e.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(Kind.PROGRAMME);
				completions.add(new Completion(option.text(), kind, option.id()));
			}
		}
		return completions.stream().limit(count).toList();
	}

}
