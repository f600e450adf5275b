package be.duaalatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.duaalatlas.ingest.yaml.AdapterTesting;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offering or workplace counts for the study domain and grade of the programme it
 * names, written with it: when an import of programmes changes a programme's
 * classification, the records that name it count for the new one at once, each count
 * still the total of its filter.
 */
class ReclassifiedProgrammeFacetsTest extends IngestIntegrationTest {

	private static final String PROGRAMME = "haarverzorging-duaal";

	private static final String FACETS = """
			query($filter: SearchFilter) {
			  search(filter: $filter, first: 1) {
			    totalCount
			    facets { studyDomains { value count } grades { value count } }
			  }
			}
			""";

	@AfterEach
	void samplesProgrammesLive() {
		assertThat(importKind("programmes", true, programmes(false)).succeeded()).isTrue();
	}

	@Test
	void recordsOfAReclassifiedProgrammeCountForItsNewClass() {
		assertThat(importKind("programmes", true, programmes(false)).succeeded()).isTrue();
		JsonNode before = search(Map.of("programme", PROGRAMME));
		int records = before.path("totalCount").asInt();
		assertThat(records).as("offerings and workplaces of " + PROGRAMME + " in the sample").isPositive();
		assertThat(counts(before.path("facets").path("studyDomains"))).containsEntry("MAATSCHAPPIJ_WELZIJN", records)
			.doesNotContainKey("KUNST_CREATIE");
		assertThat(counts(before.path("facets").path("grades"))).containsEntry("GRADE_3", records)
			.doesNotContainKey("GRADE_2");
		int welfareBefore = counts(search(Map.of()).path("facets").path("studyDomains")).get("MAATSCHAPPIJ_WELZIJN");

		assertThat(importKind("programmes", true, programmes(true)).succeeded()).isTrue();

		JsonNode after = search(Map.of("programme", PROGRAMME));
		assertThat(after.path("totalCount").asInt()).isEqualTo(records);
		assertThat(counts(after.path("facets").path("studyDomains"))).containsEntry("KUNST_CREATIE", records);
		assertThat(counts(after.path("facets").path("grades"))).containsEntry("GRADE_2", records);
		JsonNode catalogue = search(Map.of()).path("facets");
		assertThat(counts(catalogue.path("studyDomains")).get("MAATSCHAPPIJ_WELZIJN")).isLessThan(welfareBefore);
		// every count of the whole catalogue is the total of its own filter
		counts(catalogue.path("studyDomains"))
			.forEach((domain, count) -> assertThat(search(Map.of("studyDomain", domain)).path("totalCount").asInt())
				.as(domain)
				.isEqualTo(count));
		counts(catalogue.path("grades"))
			.forEach((grade, count) -> assertThat(search(Map.of("grade", grade)).path("totalCount").asInt()).as(grade)
				.isEqualTo(count));
	}

	private JsonNode search(Map<String, Object> filter) {
		Map<String, Object> withKinds = new HashMap<>(filter);
		withKinds.put("kinds", List.of("PROGRAMME", "OFFERING", "WORKPLACE"));
		if (filter.containsKey("programme")) {
			withKinds.put("kinds", List.of("OFFERING", "WORKPLACE"));
		}
		return data(graphQl.document(FACETS).variable("filter", withKinds).execute(), "search");
	}

	/**
	 * The sample's programmes; {@code reclassified}: with the programme in another study
	 * domain and grade.
	 */
	private SourceBatch programmes(boolean reclassified) {
		try {
			String csv = Files.readString(AdapterTesting.SAMPLE.resolve("programmes/programmes.csv"));
			if (reclassified) {
				csv = csv.lines().map(line -> {
					if (!line.startsWith(PROGRAMME + ";")) {
						return line;
					}
					String[] columns = line.split(";", -1);
					columns[7] = "KUNST_CREATIE";
					columns[8] = "2";
					return String.join(";", columns);
				}).collect(Collectors.joining("\n", "", "\n"));
			}
			return SourceBatch.of(source("programme-offer"), AdapterTesting.text("programmes.csv", csv));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Map<String, Integer> counts(JsonNode facet) {
		Map<String, Integer> counts = new HashMap<>();
		facet.forEach(value -> counts.put(value.path("value").asText(), value.path("count").asInt()));
		return counts;
	}

}
