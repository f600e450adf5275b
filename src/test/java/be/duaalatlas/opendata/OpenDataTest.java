package be.duaalatlas.opendata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static be.duaalatlas.GraphQlResults.data;
import static be.duaalatlas.GraphQlResults.nodes;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The open-data export over HTTP on the sample catalogue: every kind in both formats,
 * counted against the public API's totals; what a public read leaves out left out;
 * conditional requests; the DCAT description; the one-export-per-client bound.
 */
class OpenDataTest extends AtlasIntegrationTest {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The search's kinds behind each exported kind, for the public totals. */
	private static final Map<String, List<String>> SEARCH_KINDS = Map.of("programmes", List.of("PROGRAMME"),
			"offerings", List.of("OFFERING"), "workplaces", List.of("WORKPLACE"), "stakeholders",
			List.of("STAKEHOLDER"), "services", List.of("SUPPORT_SERVICE"), "content",
			List.of("KEY_MESSAGE", "GOOD_PRACTICE"));

	@LocalServerPort
	int port;

	@Autowired
	ExportSlots slots;

	@Test
	void everyKindStreamsAsNdjsonAndCsvWithThePublicTotals() throws Exception {
		for (Dataset dataset : Dataset.values()) {
			HttpResponse<String> ndjson = get(dataset.fileName() + ".ndjson");
			assertThat(ndjson.statusCode()).as(dataset.fileName()).isEqualTo(200);
			assertThat(ndjson.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ndjson"));
			List<JsonNode> records = lines(ndjson.body());
			assertThat(records).as(dataset.fileName()).isNotEmpty();
			Set<String> ids = new HashSet<>();
			for (JsonNode record : records) {
				assertThat(record.path("id").asText()).startsWith(dataset.globalId(""));
				ids.add(record.path("id").asText());
				// only the public fields: nothing of the owner's bookkeeping or the
				// source file
				assertThat(record.has("unlisted") || record.has("editor") || record.has("legalForm")
						|| record.path("provenance").has("file"))
					.as("%s", record)
					.isFalse();
			}
			assertThat(ids).as("distinct ids of %s", dataset.fileName()).hasSize(records.size());
			if (SEARCH_KINDS.containsKey(dataset.fileName())) {
				assertThat((long) records.size()).as("public total of %s", dataset.fileName())
					.isEqualTo(publicTotal(SEARCH_KINDS.get(dataset.fileName())));
			}

			HttpResponse<String> csv = get(dataset.fileName() + ".csv");
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
			assertThat(csv.body()).contains("\r\n");
			List<List<String>> rows = csv(csv.body());
			assertThat(rows.get(0)).isEqualTo(dataset.columns());
			assertThat(rows).as("header and a row per record of %s", dataset.fileName())
				.hasSize(records.size() + 1)
				.allSatisfy(row -> assertThat(row).hasSize(dataset.columns().size()));
			assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList())
				.containsExactlyInAnyOrderElementsOf(ids);
		}
	}

	@Test
	void aWorkplaceRowShowsWhatTheApiShows() throws Exception {
		JsonNode workplace = nodes(data(graphQl.document("""
				{ workplaces(first: 1) { edges { node { id establishmentNumber postcode location { lat lon }
				    lookingForLearner recognitions { status validFrom } name { value } } } } }
				""").execute(), "workplaces")).get(0);
		JsonNode exported = lines(get("workplaces.ndjson").body()).stream()
			.filter(r -> r.path("id").asText().equals(workplace.path("id").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(exported.path("establishmentNumber")).isEqualTo(workplace.path("establishmentNumber"));
		assertThat(exported.path("postcode")).isEqualTo(workplace.path("postcode"));
		assertThat(exported.path("location").path("lat").asDouble())
			.isEqualTo(workplace.path("location").path("lat").asDouble());
		assertThat(exported.path("name").path("nl").asText()).isEqualTo(workplace.path("name").path("value").asText());
		assertThat(exported.path("lookingForLearner").isNull() || exported.path("lookingForLearner").isMissingNode()
				? null : exported.path("lookingForLearner").asBoolean())
			.isEqualTo(workplace.path("lookingForLearner").isNull() ? null
					: workplace.path("lookingForLearner").asBoolean());
		assertThat(exported.path("recognitions").size()).isEqualTo(workplace.path("recognitions").size());
	}

	@Test
	void aWorkplaceItsCompanyTookOutOfTheListingIsLeftOutAndTheEtagChanges() throws Exception {
		JsonNode workplace = nodes(data(graphQl.document("""
				{ workplaces(first: 100) { edges { node { id establishmentNumber enterpriseNumber version } } } }
				""").execute(), "workplaces")).stream()
			.filter(w -> w.hasNonNull("enterpriseNumber"))
			.reduce((first, second) -> second)
			.orElseThrow();
		String id = workplace.path("id").asText();
		HttpResponse<String> before = get("workplaces.ndjson");
		assertThat(ids(before.body())).contains(id);
		String owner = token(workplace.path("enterpriseNumber").asText(), Right.WORKPLACES);
		int version = workplace.path("version").asInt();
		setListing(owner, workplace.path("establishmentNumber").asText(), version, false);
		try {
			HttpResponse<String> after = get("workplaces.ndjson");
			assertThat(ids(after.body())).doesNotContain(id).hasSize(ids(before.body()).size() - 1);
			assertThat(csv(get("workplaces.csv").body())).noneMatch(row -> row.get(0).equals(id));
			assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
		}
		finally {
			setListing(owner, workplace.path("establishmentNumber").asText(), version + 1, true);
		}
		assertThat(ids(get("workplaces.ndjson").body())).contains(id);
	}

	@Test
	void aRepeatedRequestWithItsEtagIsNotModified() throws Exception {
		HttpResponse<String> first = get("programmes.csv");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("\"").endsWith("\"");
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		HttpResponse<String> again = http.send(request("programmes.csv").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		// another format of the same kind is another entity
		HttpResponse<String> ndjson = http.send(request("programmes.ndjson").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(ndjson.statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownKindOrFormatIsATypedNotFound() throws Exception {
		for (String file : List.of("pupils.ndjson", "workplaces.xml", "workplaces")) {
			HttpResponse<String> answer = get(file);
			assertThat(answer.statusCode()).as(file).isEqualTo(404);
			JsonNode error = JSON.readTree(answer.body()).path("errors").path(0);
			assertThat(error.path("extensions").path("classification").asText()).isEqualTo("NOT_FOUND");
			assertThat(error.path("message").asText()).contains("/open-data/workplaces.{ndjson,csv}");
		}
	}

	@Test
	void aSecondExportOfTheSameClientWhileOneRunsIsRefused() throws Exception {
		// an export of this client in flight (the tests' requests all come from
		// 127.0.0.1)
		try (ExportSlots.Slot running = slots.take("127.0.0.1").orElseThrow()) {
			HttpResponse<String> second = get("places.csv");
			assertThat(second.statusCode()).isEqualTo(429);
			assertThat(second.headers().firstValue("Retry-After")).isPresent();
			JsonNode error = JSON.readTree(second.body()).path("errors").path(0);
			assertThat(error.path("extensions").path("classification").asText()).isEqualTo("RATE_LIMITED");
			assertThat(error.path("message").asText()).contains("one export at a time");
			// a conditional request costs no export: still answered
			String etag = get("catalog.jsonld").headers().firstValue("ETag").orElseThrow();
			assertThat(http
				.send(request("catalog.jsonld").header("If-None-Match", etag).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(304);
		}
		// once it ended, the next one runs; and every export gives its slot back
		assertThat(get("places.csv").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> !slots.running("127.0.0.1"));
		assertThat(get("places.ndjson").statusCode()).isEqualTo(200);
	}

	@Test
	void theCatalogDescribesADatasetPerKindInDcat() throws Exception {
		HttpResponse<String> answer = get("catalog.jsonld");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
		JsonNode catalog = JSON.readTree(answer.body());
		assertThat(catalog.path("@context").path("dcat").asText()).isEqualTo("http://www.w3.org/ns/dcat#");
		assertThat(catalog.path("@context").path("dct").asText()).isEqualTo("http://purl.org/dc/terms/");
		assertThat(catalog.path("@type").asText()).isEqualTo("dcat:Catalog");
		List<JsonNode> datasets = new ArrayList<>();
		catalog.path("dcat:dataset").forEach(datasets::add);
		assertThat(datasets).hasSize(Dataset.values().length)
			.allSatisfy(dataset -> assertThat(dataset.path("@type").asText()).isEqualTo("dcat:Dataset"));
		for (Dataset kind : Dataset.values()) {
			JsonNode dataset = datasets.stream()
				.filter(d -> d.path("dct:identifier").asText().equals(kind.fileName()))
				.findFirst()
				.orElseThrow();
			assertThat(dataset.path("dct:license").path("@id").asText()).isEqualTo(kind.licence().uri());
			assertThat(dataset.path("dct:modified").path("@value").asText()).as(kind.fileName()).isNotEmpty();
			assertThat(dataset.path("dcat:distribution")).hasSize(2);
			for (JsonNode distribution : dataset.path("dcat:distribution")) {
				String url = distribution.path("dcat:accessURL").path("@id").asText();
				assertThat(url).startsWith("http://localhost:" + port + "/open-data/" + kind.fileName() + ".");
				assertThat(distribution.path("dcat:mediaType").path("@id").asText())
					.startsWith("https://www.iana.org/assignments/media-types/");
				// the access URL answers
				assertThat(http
					.send(HttpRequest.newBuilder(URI.create(url))
						.method("HEAD", HttpRequest.BodyPublishers.noBody())
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode()).isEqualTo(200);
			}
		}
		JsonNode places = datasets.stream()
			.filter(d -> d.path("dct:identifier").asText().equals("places"))
			.findFirst()
			.orElseThrow();
		assertThat(places.path("dct:license").path("@id").asText())
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(places.path("dct:rights").toString()).contains("GeoNames").contains("Statbel");
		assertThat(catalog.path("dct:license").path("@id").asText()).contains("modellicentie-gratis-hergebruik");
	}

	private long publicTotal(List<String> kinds) {
		return data(graphQl
			.document("query($kinds: [Kind!]) { search(filter: { kinds: $kinds }, first: 1) { totalCount } }")
			.variable("kinds", kinds)
			.execute(), "search.totalCount").asLong();
	}

	private void setListing(String token, String establishmentNumber, int version, boolean listed) {
		graphQl.mutate()
			.header("Authorization", "Bearer " + token)
			.build()
			.document("""
					mutation($input: WorkplaceListingInput!) {
					  setWorkplaceListing(input: $input) { workplace { listed } } }
					""")
			.variable("input", Map.of("establishmentNumber", establishmentNumber, "version", version, "listed", listed))
			.execute()
			.path("setWorkplaceListing.workplace.listed")
			.entity(Boolean.class)
			.isEqualTo(listed);
	}

	private HttpRequest.Builder request(String file) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open-data/" + file))
			.timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> get(String file) throws Exception {
		return http.send(request(file).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<JsonNode> lines(String ndjson) throws Exception {
		List<JsonNode> records = new ArrayList<>();
		assertThat(ndjson).endsWith("\n");
		for (String line : ndjson.split("\n")) {
			JsonNode record = JSON.readTree(line);
			assertThat(record.isObject()).as(line).isTrue();
			records.add(record);
		}
		return records;
	}

	private static List<String> ids(String ndjson) throws Exception {
		return lines(ndjson).stream().map(r -> r.path("id").asText()).toList();
	}

	/** Parsed by Jackson's CSV reader (RFC 4180: quotes, doubled quotes, CRLF). */
	private static List<List<String>> csv(String text) throws Exception {
		CsvMapper mapper = new CsvMapper();
		mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(text)) {
			it.forEachRemaining(rows::add);
		}
		return rows;
	}

}
