package be.duaalatlas.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes the facet values of records again where they differ from what the records count
 * for now ({@link FacetValues}): each update conditional on the version read, a record
 * written meanwhile read again (up to {@value #ROUNDS} rounds), so that no write is
 * overwritten with values computed from an older copy. For the journal's re-applied
 * merges and the records of re-classified programmes ({@link ProgrammeFollowers}).
 */
@Component
public class FacetRewrites {

	private static final Logger log = LoggerFactory.getLogger(FacetRewrites.class);

	static final int PAGE = 1_000;

	/** Rounds of reading again the records someone wrote meanwhile. */
	static final int ROUNDS = 3;

	private final ElasticsearchClient client;

	FacetRewrites(ElasticsearchClient client) {
		this.client = client;
	}

	/** A record as read, with the version its update is conditional on. */
	record Versioned(String index, String id, ObjectNode source, Long seqNo, Long primaryTerm) {
	}

	/**
	 * Reads the records by id and writes those whose values differ.
	 * @return how many records were written
	 */
	public long rewrite(String index, Collection<String> ids, FacetValues facetValues) throws IOException {
		List<String> all = new ArrayList<>(ids);
		long written = 0;
		for (int from = 0; from < all.size(); from += PAGE) {
			written += rewrite(read(index, all.subList(from, Math.min(all.size(), from + PAGE))), facetValues);
		}
		return written;
	}

	/** Writes the records (as read) whose values differ. */
	long rewrite(List<Versioned> records, FacetValues facetValues) throws IOException {
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
					log.warn("The engine refused the facet values of {} in {}: {}", sent.get(item).id(),
							sent.get(item).index(), result.error().reason());
				}
			}
			round = again.isEmpty() ? List.of() : read(sent.get(0).index(), again);
		}
		return written;
	}

	private List<Versioned> read(String index, List<String> ids) {
		return EngineCalls.call(() -> client.mget(m -> m.index(index).ids(ids), ObjectNode.class))
			.docs()
			.stream()
			.filter(doc -> doc.isResult() && doc.result().found())
			.map(doc -> new Versioned(doc.result().index(), doc.result().id(), doc.result().source(),
					doc.result().seqNo(), doc.result().primaryTerm()))
			.toList();
	}

}
