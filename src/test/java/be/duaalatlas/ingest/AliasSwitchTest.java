package be.duaalatlas.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versioned indices behind one alias per kind: a successful import switches the alias to
 * the next version and keeps the replaced one a generation; a failed or interrupted
 * import leaves the live catalogue exactly as it was.
 */
class AliasSwitchTest extends IngestIntegrationTest {

	@Autowired
	private TestRestTemplate http;

	@Test
	void aSuccessfulImportGoesLiveAsTheNextVersionAndKeepsOnlyTheVersionItReplaced() {
		String alias = indices.alias("offerings");
		String v1 = sampleOfferingsLive();
		assertThat(indices.versions("offerings")).last().isEqualTo(v1);
		long records = count(alias);
		Set<String> ids = documents("offerings").keySet();
		assertThat(records).isGreaterThan(100);

		ImportReport second = importKind("offerings", true, sampleOfferings());
		String v2 = liveIndex("offerings");
		assertThat(second.status()).isEqualTo("SUCCEEDED");
		assertThat(second.liveIndex()).isEqualTo(v2).isEqualTo(alias + "-v" + (version(v1) + 1));
		assertThat(indices.versions("offerings")).containsExactly(v1, v2);
		assertThat(count(alias)).isEqualTo(records);
		assertThat(documents("offerings").keySet()).isEqualTo(ids);
		assertThat(status("offerings")).isEqualTo(new KindStatus("offerings", v2, records, true));

		String v3 = importKind("offerings", true, sampleOfferings()).liveIndex();
		assertThat(version(v3)).isEqualTo(version(v2) + 1);
		// the version before the replaced one is dropped
		assertThat(indices.versions("offerings")).containsExactly(v2, v3);
		assertThat(status("offerings")).isEqualTo(new KindStatus("offerings", v3, records, true));
		assertThat(searchedOfferingIds()).hasSize((int) records);
	}

	@Test
	void aVersionGoesLiveMergedIntoOneSegment() throws IOException {
		String version = indices.createVersion("offerings", Map.of());
		try {
			// three refreshes, three segments: what a bulk load on several threads leaves
			for (int batch = 0; batch < 3; batch++) {
				String id = "merge-" + batch;
				client.index(i -> i.index(version).id(id).document(Map.of("kind", "offerings")).refresh(Refresh.True));
			}
			assertThat(segments(version)).isEqualTo(3);

			indices.prepareToGoLive("offerings", version);

			assertThat(segments(version)).isEqualTo(1);
			assertThat(count(version)).isEqualTo(3);
		}
		finally {
			indices.drop(version);
		}
	}

	private int segments(String index) throws IOException {
		return client.cat().segments(c -> c.index(index)).valueBody().size();
	}

	@Test
	void anImportWhoseSourceFailsHalfWayLeavesTheLiveIndexAsItWasAndDropsTheHalfBuiltVersion() {
		String live = sampleOfferingsLive();
		List<String> versions = indices.versions("offerings");
		Map<String, ObjectNode> documents = documents("offerings");
		KindStatus before = status("offerings");
		List<String> searched = searchedOfferingIds();
		FailingHalfWay failing = new FailingHalfWay(source("offerings"), indices);

		ImportReport report = importKind("offerings", true,
				SourceBatch.of(failing, AdapterTesting.sample("offerings/offerings.csv")));

		assertThat(failing.emitted).isEqualTo(FailingHalfWay.ROWS_BEFORE_FAILING);
		assertThat(failing.halfBuilt).isEqualTo(indices.alias("offerings") + "-v" + (version(live) + 1));
		assertThat(report.status()).isEqualTo("FAILED");
		assertThat(report.succeeded()).isFalse();
		assertThat(report.failure()).isEqualTo("connection reset while reading catalogue/offerings/offerings.csv");
		assertThat(report.liveIndex()).isEqualTo(live);
		assertThat(reports.latest("offerings", 1)).containsExactly(report);
		// the half-built version is gone, the live one answers as before
		assertThat(indices.versions("offerings")).isEqualTo(versions).doesNotContain(failing.halfBuilt);
		assertThat(liveIndex("offerings")).isEqualTo(live);
		assertThat(documents("offerings")).isEqualTo(documents);
		assertThat(status("offerings")).isEqualTo(before);
		assertThat(searchedOfferingIds()).isEqualTo(searched);
	}

	@Test
	void aVersionLeftByAKilledImportNeverAnswersAndTheNextImportDropsIt() throws IOException {
		String live = sampleOfferingsLive();
		long records = count(indices.alias("offerings"));
		List<String> searched = searchedOfferingIds();

		// what an import killed half-way leaves: a new version with some documents,
		// never switched
		String stray = indices.createVersion("offerings", Map.of());
		ObjectNode document = documents("offerings").values().iterator().next().deepCopy();
		document.put("id", "killed-half-way");
		((ObjectNode) document.path("provenance")).put("recordId", "killed-half-way");
		client.index(i -> i.index(stray).id("killed-half-way").document(document).refresh(Refresh.True));
		assertThat(count(stray)).isEqualTo(1);
		assertThat(version(stray)).isEqualTo(version(live) + 1);

		assertThat(liveIndex("offerings")).isEqualTo(live);
		assertThat(status("offerings")).isEqualTo(new KindStatus("offerings", live, records, true));
		assertThat(searchedOfferingIds()).isEqualTo(searched).doesNotContain("Offering:killed-half-way");

		ImportReport next = importKind("offerings", true, sampleOfferings());

		assertThat(next.status()).isEqualTo("SUCCEEDED");
		assertThat(version(next.liveIndex())).isEqualTo(version(stray) + 1);
		assertThat(indices.versions("offerings")).containsExactly(live, next.liveIndex());
		assertThat(count(indices.alias("offerings"))).isEqualTo(records);
	}

	@Test
	void aLiveIndexBuiltFromAnOlderDefinitionIsReportedUntilAnImportRebuildsIt() throws IOException {
		sampleOfferingsLive();
		String alias = indices.alias("offerings");
		long records = count(alias);
		// a version as an older search-mappings/offerings.json built it: another
		// definition hash in its _meta
		String old = indices.createVersion("offerings",
				Map.of("atlas_definition_hash", "0123456789abcdef", "atlas_source_fingerprint", "older-definition"));
		copyLiveDocumentsInto("offerings", old);
		indices.prepareToGoLive("offerings", old);
		indices.switchAlias("offerings", old);

		assertThat(indices.states()).filteredOn(s -> s.kind().equals("offerings")).singleElement().satisfies(state -> {
			assertThat(state.liveIndex()).isEqualTo(old);
			assertThat(state.definitionFile()).isEqualTo("search-mappings/offerings.json");
			assertThat(state.definitionCurrent()).isFalse();
		});
		assertThat(status("offerings")).isEqualTo(new KindStatus("offerings", old, records, false));
		JsonNode health = health();
		assertThat(health.path("components").path("catalogueIndices").path("details").path("rebuildNeeded").toString())
			.isEqualTo("[\"offerings\"]");
		assertThat(health.path("components").path("catalogueIndices").path("details").path("hint").asText())
			.contains("[offerings]");

		// an import of the same sources, not forced, rebuilds it from the
		// current definition
		ImportReport rebuilt = importKind("offerings", false, sampleOfferings());

		assertThat(rebuilt.status()).isEqualTo("SUCCEEDED");
		assertThat(status("offerings")).isEqualTo(new KindStatus("offerings", rebuilt.liveIndex(), records, true));
		assertThat(indices.states())
			.allSatisfy(state -> assertThat(state.definitionCurrent()).as(state.kind()).isTrue());
		assertThat(health().path("components").path("catalogueIndices").path("details").path("rebuildNeeded").size())
			.isZero();
	}

	@Test
	void theCatalogueGenerationChangesAtOnceWhenAnImportGoesLive() {
		CatalogueSource offerings = source("offerings");
		List<String> seenDuringImport = new ArrayList<>();
		// a source that asks the API for the generation as it finishes, i.e. just before
		// its import goes live
		CatalogueSource askingAtTheEnd = new CatalogueSource() {

			@Override
			public String name() {
				return offerings.name();
			}

			@Override
			public String kind() {
				return offerings.kind();
			}

			@Override
			public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
				offerings.read(input, context, sink);
				seenDuringImport.add(generation());
			}

		};

		ImportReport report = importKind("offerings", true,
				SourceBatch.of(askingAtTheEnd, AdapterTesting.sample("offerings/offerings.csv")));

		assertThat(report.status()).isEqualTo("SUCCEEDED");
		assertThat(seenDuringImport).hasSize(1);
		assertThat(generation()).isNotEqualTo(seenDuringImport.get(0));
	}

	/**
	 * The minimal engine distribution has no reindex module: copy with one bulk request.
	 */
	private void copyLiveDocumentsInto(String kind, String index) throws IOException {
		List<BulkOperation> operations = new ArrayList<>();
		documents(kind).forEach((id, document) -> operations
			.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(document)))));
		BulkResponse response = client.bulk(b -> b.operations(operations).refresh(Refresh.True));
		assertThat(response.errors()).isFalse();
	}

	private JsonNode health() {
		// health details are for the operations team only
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(TestTokens.token("operations", Right.MANAGEMENT));
		return http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class).getBody();
	}

	/**
	 * Delivers the first rows of a real source, then loses its file half-way through it.
	 */
	static final class FailingHalfWay implements CatalogueSource {

		static final int ROWS_BEFORE_FAILING = 50;

		private final CatalogueSource delegate;

		private final CatalogueIndices indices;

		long emitted;

		String halfBuilt;

		FailingHalfWay(CatalogueSource delegate, CatalogueIndices indices) {
			this.delegate = delegate;
			this.indices = indices;
		}

		@Override
		public String name() {
			return delegate.name();
		}

		@Override
		public String kind() {
			return delegate.kind();
		}

		@Override
		public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
			List<String> versions = indices.versions(kind());
			halfBuilt = versions.get(versions.size() - 1);
			try {
				delegate.read(input, context, new RowSink() {

					@Override
					public void index(String id, Object document, long line) {
						if (emitted == ROWS_BEFORE_FAILING) {
							throw new FileGone();
						}
						sink.index(id, document, line);
						emitted++;
					}

					@Override
					public void merge(String id, Object partialDocument, long line) {
						sink.merge(id, partialDocument, line);
					}

					@Override
					public void reject(long line, String reason) {
						sink.reject(line, reason);
					}

				});
			}
			catch (FileGone gone) {
				throw new IOException("connection reset while reading " + input.name());
			}
			throw new AssertionError(
					"the source has fewer than " + ROWS_BEFORE_FAILING + " rows: nothing failed half-way");
		}

		private static final class FileGone extends RuntimeException {

			FileGone() {
				super(null, null, false, false);
			}

		}

	}

}
