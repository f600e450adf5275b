package be.duaalatlas.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The records that name a programme count for its study domain, grade and finality in the
 * facets ({@link FacetValues}): when an import changes a programme's classification,
 * their facet values are written again ({@link FacetRewrites}).
 */
@Component
public class ProgrammeFollowers {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeFollowers.class);

	static final int PAGE = 1_000;

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final FacetRewrites rewrites;

	ProgrammeFollowers(ElasticsearchClient client, CatalogueIndices indices, FacetRewrites rewrites) {
		this.client = client;
		this.rewrites = rewrites;
		this.indices = indices;
	}

	/**
	 * Writes the facet values of every live record that names one of the programmes whose
	 * classification changed from {@code before} to {@code after}.
	 * @return how many records were written
	 */
	public long follow(ProgrammeClasses before, ProgrammeClasses after) throws IOException {
		Set<String> changed = after.changedSince(before);
		if (changed.isEmpty()) {
			return 0;
		}
		FacetValues facetValues = new FacetValues(after);
		List<FieldValue> codes = changed.stream().map(FieldValue::of).toList();
		Query naming = Query.of(q -> q.bool(b -> {
			ProgrammeClasses.CODE_FIELDS
				.forEach(field -> b.should(s -> s.terms(t -> t.field(field).terms(v -> v.value(codes)))));
			return b.minimumShouldMatch("1");
		}));
		long written = 0;
		for (String kind : new LinkedHashSet<>(Kind.indexKinds(Kind.searchable()))) {
			if (kind.equals(Kind.PROGRAMME.indexKind())) {
				// a programme's own values come from itself, written by its import
				continue;
			}
			written += follow(indices.alias(kind), naming, facetValues);
		}
		log.info("Programme classification changed for {}: facet values of {} records written again", changed, written);
		return written;
	}

	private long follow(String alias, Query naming, FacetValues facetValues) throws IOException {
		// a point in time: the pages do not shift while the records on them are written
		String pit = EngineCalls.call(() -> client.openPointInTime(o -> o.index(alias).keepAlive(k -> k.time("1m"))))
			.id();
		long written = 0;
		try {
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> from = after;
				List<Hit<ObjectNode>> hits = EngineCalls.call(() -> client.search(s -> {
					s.pit(p -> p.id(pit).keepAlive(k -> k.time("1m")))
						.query(naming)
						.size(PAGE)
						.seqNoPrimaryTerm(true)
						.sort(o -> o.field(f -> f.field("_shard_doc")))
						.trackTotalHits(t -> t.enabled(false));
					return from == null ? s : s.searchAfter(from);
				}, ObjectNode.class)).hits().hits();
				written += rewrites.rewrite(hits.stream()
					.map(hit -> new FacetRewrites.Versioned(hit.index(), hit.id(), hit.source(), hit.seqNo(),
							hit.primaryTerm()))
					.toList(), facetValues);
				if (hits.size() < PAGE) {
					break;
				}
				after = hits.get(hits.size() - 1).sort();
			}
		}
		finally {
			EngineCalls.call(() -> client.closePointInTime(c -> c.id(pit)));
		}
		EngineCalls.call(() -> client.indices().refresh(r -> r.index(alias)));
		return written;
	}

}
