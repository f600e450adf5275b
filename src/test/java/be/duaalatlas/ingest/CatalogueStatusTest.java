package be.duaalatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.IndexDefinitions;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code catalogueStatus}: one line for every kind the catalogue defines (every index
 * definition but the import reports), each live, current, with records, and records that
 * the API's own totals agree with; index names only to the MANAGEMENT right.
 */
class CatalogueStatusTest extends AtlasIntegrationTest {

	@Test
	void everyKindIsLiveCurrentAndHasRecords() throws IOException {
		JsonNode status = data(graphQl.mutate()
			.header("Authorization", "Bearer " + TestTokens.token("operations", Right.MANAGEMENT))
			.build()
			.documentName("ingest/catalogueStatus")
			.execute(), "catalogueStatus");
		List<String> defined;
		try (Stream<Path> files = Files.list(Path.of("search-mappings"))) {
			// the definitions, not the word lists beside them
			defined = files.map(f -> f.getFileName().toString())
				.filter(name -> name.endsWith(".json"))
				.map(name -> name.replace(".json", ""))
				.filter(IndexDefinitions::isCatalogueKind)
				.toList();
		}
		assertThat(status.path("generation").asText()).isNotBlank();
		assertThat(status.path("kinds").findValuesAsText("kind")).containsExactlyInAnyOrderElementsOf(defined);
		assertThat(status.path("kinds")).allSatisfy(kind -> {
			String name = kind.path("kind").asText();
			assertThat(kind.path("records").asInt()).as(name).isPositive();
			assertThat(kind.path("liveIndex").asText()).as(name).contains(name);
			assertThat(kind.path("definitionCurrent").asBoolean()).as(name).isTrue();
			assertThat(kind.path("sources")).as(name).isNotEmpty();
			assertThat(kind.path("lastSuccessfulImport").asText()).as(name).matches("\\d{4}-\\d{2}-\\d{2}T.*");
			// a record cannot have changed after today in Belgium, the catalogue's day
			// (the sample's generated dates included; between 23:00 and 24:00 UTC
			// that is already tomorrow in UTC+1)
			if (!kind.path("lastChange").isNull()) {
				assertThat(java.time.LocalDate.parse(kind.path("lastChange").asText())).as(name + " lastChange")
					.isBeforeOrEqualTo(be.duaalatlas.search.Publication.today());
			}
		});
	}

	@Test
	void indexNamesAreShownToTheManagementRightOnly() {
		for (HttpGraphQlTester caller : List.of(graphQl,
				graphQl.mutate()
					.header("Authorization", "Bearer " + TestTokens.token("0403199702", Right.WORKPLACES, Right.AUDIT))
					.build())) {
			JsonNode kinds = data(caller.documentName("ingest/catalogueStatus").execute(), "catalogueStatus.kinds");
			assertThat(kinds).isNotEmpty().allSatisfy(kind -> {
				assertThat(kind.path("records").asInt()).isPositive();
				assertThat(kind.get("liveIndex").isNull()).as(kind.path("kind").asText()).isTrue();
			});
			assertThat(kinds.toString()).doesNotContainPattern("test-[a-z-]+-v\\d+");
		}
	}

	@Test
	void theRecordsAreWhatTheApiCounts() {
		Map<String, Integer> records = new HashMap<>();
		data(graphQl.document("{ catalogueStatus { kinds { kind records } } }").execute(), "catalogueStatus.kinds")
			.forEach(k -> records.put(k.path("kind").asText(), k.path("records").asInt()));
		JsonNode kinds = data(graphQl.document("{ search(first: 1) { facets { kinds { value count } } } }").execute(),
				"search.facets.kinds");
		Map<String, Integer> searched = new HashMap<>();
		kinds.forEach(k -> searched.put(k.path("value").asText(), k.path("count").asInt()));
		assertThat(records.get("programmes")).isEqualTo(searched.get("PROGRAMME"));
		assertThat(records.get("offerings")).isEqualTo(searched.get("OFFERING"));
		assertThat(records.get("workplaces")).isEqualTo(searched.get("WORKPLACE"));
		assertThat(records.get("stakeholders")).isEqualTo(searched.get("STAKEHOLDER"));
		assertThat(records.get("services")).isEqualTo(searched.get("SUPPORT_SERVICE"));
		assertThat(records.get("content")).isEqualTo(searched.get("KEY_MESSAGE") + searched.get("GOOD_PRACTICE"));
		assertThat(records.get("equivalences")).isEqualTo(
				data(graphQl.document("{ brusselsEquivalences { id } }").execute(), "brusselsEquivalences").size());
	}

}
