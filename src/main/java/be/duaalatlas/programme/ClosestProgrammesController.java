package be.duaalatlas.programme;

import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.Counted;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.search.CatalogueSearch;
import be.duaalatlas.search.SearchFilter;
import be.duaalatlas.search.Shown;
import be.duaalatlas.search.Sort;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.TradeWords;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code closestProgrammes} of {@code search} and {@code programmes}: when a text found
 * nothing, the programmes its closest trade words find ({@link TradeWords#closestTo}),
 * with one engine request; nothing is asked of the engine when there were hits.
 */
@Controller
class ClosestProgrammesController {

	static final int CLOSEST = 3;

	private final CatalogueSearch search;

	private final ObjectMapper json;

	ClosestProgrammesController(CatalogueSearch search, ObjectMapper json) {
		this.search = search;
		this.json = json;
	}

	@SchemaMapping(typeName = "SearchConnection", field = "closestProgrammes")
	List<Programme> ofSearch(Counted page, DataFetchingEnvironment env) {
		return closest(page, env);
	}

	@SchemaMapping(typeName = "ProgrammeConnection", field = "closestProgrammes")
	List<Programme> ofProgrammes(Counted page, DataFetchingEnvironment env) {
		return closest(page, env);
	}

	private List<Programme> closest(Counted page, DataFetchingEnvironment env) {
		// the text and language of the query that made the page
		Map<String, Object> query = env.getExecutionStepInfo().getParent().getArguments();
		if (page.totalCount() > 0 || !(query.get("text") instanceof String text) || text.isBlank()) {
			return List.of();
		}
		List<String> words = TradeWords.closestTo(text, CLOSEST);
		if (words.isEmpty()) {
			return List.of();
		}
		String language = Languages.of(language(query.get("lang")), env);
		SearchResponse<ObjectNode> response = search.search(new CatalogueSearch.Request(String.join(" ", words),
				SearchFilter.orNone(null).withKinds(List.of(Kind.PROGRAMME)), null, Sort.RELEVANCE,
				PageRequest.of(CLOSEST, null), Shown.HITS));
		return response.hits()
			.hits()
			.stream()
			.limit(CLOSEST)
			.map(hit -> Programme.of(json.convertValue(hit.source(), ProgrammeDocument.class), language))
			.toList();
	}

	private static Language language(Object lang) {
		return lang instanceof Language language ? language
				: lang instanceof String name ? Language.valueOf(name) : null;
	}

}
