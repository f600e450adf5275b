package be.duaalatlas.ingest.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.ingest.ImportReport;
import be.duaalatlas.ingest.IngestIntegrationTest;
import be.duaalatlas.ingest.SourceBatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large generated catalogue through the same adapters and pipeline as the real sources,
 * then paged through the public API past Elasticsearch's 10,000-hit window.
 */
class GeneratedCatalogueImportTest extends IngestIntegrationTest {

	static final int WORKPLACES = 12_000;

	@Test
	void twelveThousandGeneratedWorkplacesImportWithoutRejectionsAndPageThroughTheApiExactlyOnceEach() {
		GeneratedCatalogue generated = GeneratedCatalogue.of(WORKPLACES, 42);

		ImportReport workplaces = importer.importKind("workplaces",
				List.of(SourceBatch.of(source("recognition-register"), generated.registerInput()),
						SourceBatch.of(source("workplace-availability"), generated.availabilityInput())),
				importer.newContext(), true);
		ImportReport offerings = importKind("offerings", true,
				SourceBatch.of(source("offerings"), generated.offeringsInput()));

		System.out.printf("Generated import: %s%n", workplaces.summary());
		assertThat(workplaces.status()).isEqualTo("SUCCEEDED");
		assertThat(workplaces.rejections()).isEmpty();
		assertThat(workplaces.rejected()).isZero();
		// one document per establishment (of one or more register lines), one merge per
		// availability line
		assertThat(workplaces.imported()).isEqualTo(WORKPLACES + generated.counts().availability());
		assertThat(workplaces.read()).isEqualTo(workplaces.imported());
		assertThat(offerings.status()).isEqualTo("SUCCEEDED");
		assertThat(offerings.rejected()).isZero();
		assertThat(offerings.imported()).isEqualTo(generated.counts().offerings());
		assertThat(status("workplaces").records()).isEqualTo(WORKPLACES);

		List<String> seen = new ArrayList<>();
		List<Boolean> looking = new ArrayList<>();
		long totalCount = -1;
		int pages = 0;
		String after = null;
		boolean more = true;
		while (more) {
			var page = graphQl.documentName("ingest/generator/workplaces").variable("after", after).execute();
			long total = page.path("workplaces.totalCount").entity(Long.class).get();
			assertThat(totalCount).isIn(-1L, total);
			totalCount = total;
			List<String> numbers = page.path("workplaces.edges[*].node.establishmentNumber")
				.entityList(String.class)
				.get();
			page.path("workplaces.edges[*].node")
				.entityList(Node.class)
				.get()
				.forEach(n -> looking.add(n.lookingForLearner()));
			seen.addAll(numbers);
			pages++;
			more = page.path("workplaces.pageInfo.hasNextPage").entity(Boolean.class).get();
			if (more) {
				assertThat(numbers).hasSize(100);
				after = page.path("workplaces.pageInfo.endCursor").entity(String.class).get();
			}
		}

		assertThat(totalCount).isEqualTo(WORKPLACES);
		assertThat(pages).isEqualTo(WORKPLACES / 100);
		Set<String> unique = new HashSet<>(seen);
		assertThat(unique).as("no workplace on two pages").hasSize(seen.size());
		assertThat(seen).as("no workplace skipped").hasSize(WORKPLACES);
		assertThat(unique).isEqualTo(documents("workplaces").keySet());
		// LOOKING_FIRST: those looking for a learner first, then all the others
		List<Integer> ranks = looking.stream().map(l -> Boolean.TRUE.equals(l) ? 0 : 1).toList();
		assertThat(ranks).isSorted();
		assertThat(ranks).contains(0, 1);
	}

	record Node(String establishmentNumber, Boolean lookingForLearner) {
	}

}
