package be.duaalatlas.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The records that name a programme count for its study domain, grade and finality in the
 * facets ({@link FacetValues}): when an import changes a programme's classification,
 * their facet values are written again, each update conditional on the record's version
 * as read, so that a partner's write meanwhile is read again rather than overwritten.
 */
@Component
public class ProgrammeFollowers {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeFollowers.class);

	static final int PAGE = 1_000;

	/** Rounds of reading again the records someone wrote meanwhile. */
	static final int ROUNDS = 3;

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	ProgrammeFollowers(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
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
				written += write(hits.stream()
					.map(hit -> new Versioned(hit.index(), hit.id(), hit.source(), hit.seqNo(), hit.primaryTerm()))
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

	/** Writes the records whose values differ; those written meanwhile are read again. */
	private long write(List<Versioned> records, FacetValues facetValues) throws IOException {
		long written = 0;
		List<Versioned> round = records;
		for (int i = 0; i < ROUNDS && !round.isEmpty(); i++) {
			List<BulkOperation> operations = new ArrayList<>();
			List<Versioned> sent = new ArrayList<>();
			for (Versioned record : round) {
				ObjectNode facets = facetValues.of(record.source());
				if (facets == null || facets.equals(record.source().get(FacetValues.FIELD))) {
					continue;
				}
				ObjectNode partial = JsonNodeFactory.instance.objectNode().set(FacetValues.FIELD, facets);
				operations.add(BulkOperation.of(o -> o.update(u -> u.index(record.index())
					.id(record.id())
					.ifSeqNo(record.seqNo())
					.ifPrimaryTerm(record.primaryTerm())
					.action(a -> a.doc(partial)))));
				sent.add(record);
			}
			if (operations.isEmpty()) {
				break;
			}
			BulkResponse response = EngineCalls.call(() -> client.bulk(b -> b.operations(operations)));
			List<String> again = new ArrayList<>();
			for (int item = 0; item < response.items().size(); item++) {
				var result = response.items().get(item);
				if (result.error() == null) {
					written++;
				}
				else if (result.status() == 409) {
					again.add(sent.get(item).id());
				}
				else {
					throw new IOException("the engine refused the facet values of " + sent.get(item).id() + ": "
							+ result.error().reason());
				}
			}
			round = again.isEmpty() ? List.of() : reread(sent.get(0).index(), again);
		}
		return written;
	}

	private List<Versioned> reread(String index, List<String> ids) throws IOException {
		return EngineCalls.call(() -> client.mget(m -> m.index(index).ids(ids), ObjectNode.class))
			.docs()
			.stream()
			.filter(doc -> doc.isResult() && doc.result().found())
			.map(doc -> new Versioned(index, doc.result().id(), doc.result().source(), doc.result().seqNo(),
					doc.result().primaryTerm()))
			.toList();
	}

	private record Versioned(String index, String id, ObjectNode source, Long seqNo, Long primaryTerm) {
	}

}
