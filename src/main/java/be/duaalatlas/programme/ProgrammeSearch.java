package be.duaalatlas.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/** Programme queries against the {@code programmes} alias. */
@Component
class ProgrammeSearch {

	/** Exact-language fields first, then the folded variants for typos, then prefixes for half-typed words. */
	static final List<String> TEXT_FIELDS = List.of("name.nl^4", "name.fr^3", "name.en^3", "aliases.nl^3",
			"aliases.fr^2", "aliases.en^2", "qualifications.name^2", "description.nl", "description.fr",
			"description.en");

	static final List<String> FUZZY_FIELDS = List.of("name.nl.folded^2", "name.fr.folded", "name.en.folded",
			"aliases.nl.folded", "aliases.fr.folded", "aliases.en.folded");

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	ProgrammeSearch(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	SearchResponse<ProgrammeDocument> search(String text, PageRequest page) {
		boolean hasText = text != null && !text.isBlank();
		Query query = hasText ? textQuery(text.strip()) : Query.of(q -> q.matchAll(m -> m));
		List<SortOptions> sort = new ArrayList<>();
		if (hasText) {
			sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
		}
		sort.add(SortOptions.of(s -> s.field(f -> f.field("name.nl.sort").order(SortOrder.Asc))));
		sort.add(SortOptions.of(s -> s.field(f -> f.field("code").order(SortOrder.Asc))));
		try {
			return client.search(s -> {
				s.index(indices.alias(ProgrammeDocument.KIND))
					.query(query)
					.size(page.first() + 1)
					.sort(sort)
					.trackTotalHits(t -> t.enabled(true));
				if (hasText) {
					s.highlight(h -> h.preTags("<em>")
						.postTags("</em>")
						.fields("name.*", hf -> hf.numberOfFragments(0))
						.fields("aliases.*", hf -> hf.numberOfFragments(3))
						.fields("description.*", hf -> hf.fragmentSize(120).numberOfFragments(2)));
				}
				if (page.after() != null) {
					s.searchAfter(page.after());
				}
				return s;
			}, ProgrammeDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<ProgrammeDocument> byCode(String code) {
		try {
			var response = client.get(g -> g.index(indices.alias(ProgrammeDocument.KIND)).id(code),
					ProgrammeDocument.class);
			return Optional.ofNullable(response.source());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Query textQuery(String text) {
		return Query.of(q -> q.bool(b -> b
			.should(s -> s.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.BestFields).tieBreaker(0.3)))
			.should(s -> s.multiMatch(m -> m.query(text).fields(FUZZY_FIELDS).fuzziness("AUTO").prefixLength(1).boost(0.5f)))
			.should(s -> s.match(m -> m.field("name.nl.prefix").query(text).boost(0.3f)))
			.minimumShouldMatch("1")));
	}

	static List<Hit<ProgrammeDocument>> page(SearchResponse<ProgrammeDocument> response, PageRequest page) {
		List<Hit<ProgrammeDocument>> hits = response.hits().hits();
		return hits.subList(0, Math.min(page.first(), hits.size()));
	}

}
