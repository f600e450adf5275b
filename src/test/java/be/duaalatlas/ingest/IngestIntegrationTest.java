package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.LiveIndex;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that change the catalogue through the import pipeline. They share ONE
 * Spring context of their own (the same annotations on every subclass, so the context
 * cache hands out one instance) with its own indices (prefix {@code it-ingest-}) and its
 * own sample load, so nothing they do reaches the read-only tests' catalogue. Tests leave
 * every kind with live data that the next test can import against; none relies on
 * another's order.
 */
// an import that finds its kind's lease taken waits 4 s, not 30: ConcurrentImportsTest
// sees it refused
@TestPropertySource(properties = { "atlas.index.prefix=it-ingest-", "atlas.import-lease.max-wait=4s" })
public abstract class IngestIntegrationTest extends AtlasIntegrationTest {

	@Autowired
	protected CatalogueImporter importer;

	@Autowired
	protected CatalogueIndices indices;

	@Autowired
	protected ImportReports reports;

	@Autowired
	protected ElasticsearchClient client;

	@Autowired
	protected List<CatalogueSource> sourceBeans;

	/** What {@code catalogueStatus} says about one kind (to the MANAGEMENT right). */
	public record KindStatus(String kind, String liveIndex, long records, boolean definitionCurrent) {
	}

	protected CatalogueSource source(String name) {
		return sourceBeans.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no source " + name));
	}

	/** The shipped sample offerings, as the sample loader imports them. */
	protected SourceBatch sampleOfferings() {
		return SourceBatch.of(source("offerings"), AdapterTesting.sample("offerings/offerings.csv"));
	}

	/**
	 * Makes the shipped sample offerings live, unless they are live already (then nothing
	 * is imported): a known state for tests that import offerings, whatever an earlier
	 * test left.
	 */
	protected String sampleOfferingsLive() {
		ImportReport report = importKind("offerings", false, sampleOfferings());
		if (!report.succeeded()) {
			throw new AssertionError("the sample offerings did not import: " + report.summary());
		}
		return report.liveIndex();
	}

	protected ImportReport importKind(String kind, boolean force, SourceBatch... batches) {
		return importer.importKind(kind, List.of(batches), importer.newContext(), force);
	}

	protected String liveIndex(String kind) {
		return indices.live(kind).map(LiveIndex::index).orElseThrow();
	}

	protected static int version(String index) {
		return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
	}

	/**
	 * Documents in a kind's live index (or in any index by name), counted by the engine.
	 */
	protected long count(String aliasOrIndex) {
		try {
			return client.count(c -> c.index(aliasOrIndex)).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every live document of a kind by id, paged with search_after over the record id.
	 */
	protected Map<String, ObjectNode> documents(String kind) {
		Map<String, ObjectNode> documents = new LinkedHashMap<>();
		try {
			List<FieldValue> after = null;
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<ObjectNode> page = client.search(s -> {
					s.index(indices.alias(kind))
						.size(5000)
						.sort(o -> o.field(f -> f.field("provenance.recordId").order(SortOrder.Asc)));
					if (from != null) {
						s.searchAfter(from);
					}
					return s;
				}, ObjectNode.class);
				List<Hit<ObjectNode>> hits = page.hits().hits();
				hits.forEach(hit -> documents.put(hit.id(), hit.source()));
				if (hits.size() < 5000) {
					return documents;
				}
				after = hits.get(hits.size() - 1).sort();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What {@code catalogueStatus} says about one kind to the MANAGEMENT right (the only
	 * one that sees index names).
	 */
	protected KindStatus status(String kind) {
		return graphQl.mutate()
			.header("Authorization", "Bearer " + TestTokens.token("operations", Right.MANAGEMENT))
			.build()
			.documentName("ingest/catalogueStatusDefinitions")
			.execute()
			.path("catalogueStatus.kinds")
			.entityList(KindStatus.class)
			.get()
			.stream()
			.filter(k -> k.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("catalogueStatus has no kind " + kind));
	}

	protected String generation() {
		return graphQl.documentName("ingest/catalogueStatusDefinitions")
			.execute()
			.path("catalogueStatus.generation")
			.entity(String.class)
			.get();
	}

	/** Ids of the offerings the public search finds, all pages. */
	protected List<String> searchedOfferingIds() {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = graphQl.documentName("ingest/searchOfferingsPaged").variable("after", after).execute();
			ids.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
			more = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			if (more) {
				after = page.path("search.pageInfo.endCursor").entity(String.class).get();
			}
		}
		return ids;
	}

}
