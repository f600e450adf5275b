package be.duaalatlas.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.ingest.generator.GeneratedCatalogue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing the same sources again gives the same catalogue; without force it is not done
 * at all.
 */
class IdempotentImportTest extends IngestIntegrationTest {

	@Test
	void theSameWorkplaceSourcesImportedTwiceGiveTheSameRecordsUnderTheSameIds() {
		GeneratedCatalogue generated = GeneratedCatalogue.of(1_500, 11);
		List<SourceBatch> batches = List.of(SourceBatch.of(source("recognition-register"), generated.registerInput()),
				SourceBatch.of(source("workplace-availability"), generated.availabilityInput()));

		ImportReport first = importer.importKind("workplaces", batches, importer.newContext(), true);
		Map<String, ObjectNode> before = withoutIngestTime(documents("workplaces"));
		ImportReport second = importer.importKind("workplaces", batches, importer.newContext(), true);
		Map<String, ObjectNode> after = withoutIngestTime(documents("workplaces"));

		assertThat(first.status()).isEqualTo("SUCCEEDED");
		assertThat(second.status()).isEqualTo("SUCCEEDED");
		assertThat(second.liveIndex()).isNotEqualTo(first.liveIndex());
		assertThat(first.rejected()).isZero();
		assertThat(second.read()).isEqualTo(first.read());
		assertThat(second.imported()).isEqualTo(first.imported());
		assertThat(second.rejected()).isEqualTo(first.rejected());
		assertThat(before).hasSize(1_500);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		// the same documents, field for field, but for when they were taken in
		assertThat(after).isEqualTo(before);
		assertThat(status("workplaces").records()).isEqualTo(1_500);
	}

	@Test
	void withoutForceTheSameSourcesAreNotImportedAgain() {
		String live = sampleOfferingsLive();
		List<String> versions = indices.versions("offerings");
		long records = count(indices.alias("offerings"));

		ImportReport again = importKind("offerings", false, sampleOfferings());

		assertThat(again.status()).isEqualTo("UNCHANGED");
		assertThat(again.succeeded()).isTrue();
		assertThat(again.liveIndex()).isEqualTo(live);
		assertThat(again.read()).isZero();
		assertThat(again.imported()).isZero();
		assertThat(again.sources()).containsExactly("offerings");
		assertThat(indices.versions("offerings")).isEqualTo(versions);
		assertThat(liveIndex("offerings")).isEqualTo(live);
		assertThat(count(indices.alias("offerings"))).isEqualTo(records);

		// forced, the same sources are imported again, into the next version, with the
		// same records
		ImportReport forcedAgain = importKind("offerings", true, sampleOfferings());
		assertThat(forcedAgain.status()).isEqualTo("SUCCEEDED");
		assertThat(version(forcedAgain.liveIndex())).isEqualTo(version(live) + 1);
		assertThat(forcedAgain.imported()).isEqualTo(records);
		assertThat(count(indices.alias("offerings"))).isEqualTo(records);
	}

	private static Map<String, ObjectNode> withoutIngestTime(Map<String, ObjectNode> documents) {
		Map<String, ObjectNode> copies = new LinkedHashMap<>();
		documents.forEach((id, document) -> {
			ObjectNode copy = document.deepCopy();
			((ObjectNode) copy.path("provenance")).remove("ingestedAt");
			copies.put(id, copy);
		});
		return copies;
	}

}
