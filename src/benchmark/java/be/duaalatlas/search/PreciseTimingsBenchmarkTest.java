package be.duaalatlas.search;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.duaalatlas.TestEngine;
import be.duaalatlas.ingest.ImportReport;
import be.duaalatlas.ingest.IngestIntegrationTest;
import be.duaalatlas.ingest.SourceBatch;
import be.duaalatlas.ingest.generator.GeneratedCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sub-millisecond timings of one text search and one facets request, for each catalogue
 * size of {@code benchmark.sizes} (sample, then generated workplaces imported on top):
 * the GraphQL p50 through HTTP (warm, {@code Cache-Control: no-cache}) against the
 * engine's time for the very requests the service sent for it (recorded with
 * {@code atlas.engine-requests.record-to}, replayed one after the other), against a plain
 * three-field {@code multi_match} (the engine's floor); and the facets request on the
 * engine with and without its aggregations. Wall time of each HTTP round trip by
 * {@code System.nanoTime}, printed to 0.1 ms; nothing about speed is asserted. Options:
 * {@code -Dbenchmark.sizes=sample,100000}, {@code -Dbenchmark.runs=200} (timed runs of
 * each), {@code -Dbenchmark.warm-up-runs=200} (of each, just before its timed runs) and
 * {@code -Dbenchmark.warm-up-seconds=60} (all questions in turn, before a size's first
 * timing: 200 runs leave the service's paths to the interpreter and the first compiler,
 * and the GraphQL side would be measured slower than it runs in production). HTTP/1.1 on
 * kept-alive connections for both sides, as the engine client does.
 */
@TestPropertySource(properties = { "atlas.index.prefix=timings-",
		"atlas.engine-requests.record-to=target/benchmark-reports/timings-engine-requests.jsonl" })
class PreciseTimingsBenchmarkTest extends IngestIntegrationTest {

	private static final Path RECORDING = Path.of("target/benchmark-reports/timings-engine-requests.jsonl");

	private static final String TEXT_SEARCH = """
			{ programmes(text: "elektricien", first: 10) { totalCount edges { node { code name { value } } } } }
			""";

	private static final String FACETS = """
			{ search(text: "kapper", first: 10) { totalCount edges { kind node { ... on Node { id } } }
			    facets { kinds { value count } regions { value count } } } }
			""";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final List<String> sizes = List.of(System.getProperty("benchmark.sizes", "sample").split(","));

	private final int runs = Integer.getInteger("benchmark.runs", 200);

	private final int warmUp = Integer.getInteger("benchmark.warm-up-runs", 200);

	private final int warmUpSeconds = Integer.getInteger("benchmark.warm-up-seconds", 60);

	@LocalServerPort
	private int port;

	@Test
	void textSearchAndFacetsAgainstTheEngineAlone() throws Exception {
		List<String> lines = new ArrayList<>();
		for (String size : sizes) {
			if (!size.equals("sample")) {
				int workplaces = Integer.parseInt(size);
				ImportReport report = importer.importKind("workplaces",
						List.of(SourceBatch.of(source("recognition-register"),
								GeneratedCatalogue.of(workplaces, 42).registerInput())),
						importer.newContext(), true);
				assertThat(report.status()).isEqualTo("SUCCEEDED");
			}
			lines.addAll(measure(size));
		}
		String report = String.join("\n", lines);
		System.out.println(report);
		Files.writeString(Path.of("target/benchmark-reports/precise-timings.txt"), report + "\n");
	}

	private List<String> measure(String size) throws Exception {
		List<Request> textRequests = recorded(TEXT_SEARCH, "elektricien");
		List<Request> facetRequests = recorded(FACETS, "kapper");
		List<Request> withoutFacets = facetRequests.stream().map(Request::withoutAggregations).toList();
		Request floor = new Request("POST", "/" + indices.alias("programmes") + "/_search",
				"{\"query\":{\"multi_match\":{\"query\":\"elektricien\",\"fields\":[\"name.nl\",\"aliases.nl\",\"description.nl\"]}}}");

		long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		while (System.nanoTime() < warmUntil) {
			graphQl(TEXT_SEARCH);
			graphQl(FACETS);
			textRequests.forEach(Request::send);
			facetRequests.forEach(Request::send);
			floor.send();
		}
		double graphQl = p50(() -> graphQl(TEXT_SEARCH));
		double engine = p50(() -> textRequests.forEach(Request::send));
		double plain = p50(floor::send);
		double facetsGraphQl = p50(() -> graphQl(FACETS));
		double facets = p50(() -> facetRequests.forEach(Request::send));
		double noFacets = p50(() -> withoutFacets.forEach(Request::send));
		String workplaces = status("workplaces").records() + " workplaces";
		return List.of(
				line(size, workplaces, "text search, GraphQL p50", graphQl,
						String.format(Locale.ROOT, "%.2f× engine, %.1f× floor", graphQl / engine, graphQl / plain)),
				line(size, workplaces, "text search, its " + textRequests.size() + " engine request(s) p50", engine,
						""),
				line(size, workplaces, "plain three-field multi_match p50 (floor)", plain, ""),
				line(size, workplaces, "facets search, GraphQL p50", facetsGraphQl, ""),
				line(size, workplaces, "facets search on the engine, with facets p50", facets,
						String.format(Locale.ROOT, "%.2f× without", facets / noFacets)),
				line(size, workplaces, "facets search on the engine, without facets p50", noFacets, ""));
	}

	private static String line(String size, String workplaces, String what, double ms, String ratio) {
		return String.format(Locale.ROOT, "Precise timing | %-7s | %-18s | %-52s | %7.1f ms | %s", size, workplaces,
				what, ms, ratio);
	}

	/** The median of the timed runs after the warm-up, in milliseconds. */
	private double p50(Runnable question) {
		for (int i = 0; i < warmUp; i++) {
			question.run();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			question.run();
			nanos[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(nanos);
		return nanos[runs / 2] / 1_000_000.0;
	}

	/**
	 * The engine requests the service sends for a question: its searches for the words
	 * (the background's reads of the generation and the metrics are left out).
	 */
	private List<Request> recorded(String query, String words) throws IOException {
		long before = Files.exists(RECORDING) ? Files.size(RECORDING) : 0;
		graphQl(query);
		List<Request> requests = new ArrayList<>();
		try (InputStream in = Files.newInputStream(RECORDING)) {
			in.skipNBytes(before);
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode request = JSON.readTree(line);
				String path = request.path("path").asText();
				String body = request.path("body").asText("");
				if (path.contains("_search") && body.contains(words)) {
					requests.add(new Request(request.path("method").asText(), path, body));
				}
			}
		}
		assertThat(requests).as("engine requests of " + query).isNotEmpty();
		return requests;
	}

	private void graphQl(String query) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
						.header("Content-Type", "application/json")
						.header("Cache-Control", "no-cache")
						.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Request(String method, String path, String body) {

		Request withoutAggregations() {
			if (body == null) {
				return this;
			}
			try {
				ObjectNode tree = (ObjectNode) JSON.readTree(body);
				tree.remove("aggregations");
				tree.remove("aggs");
				return new Request(method, path, JSON.writeValueAsString(tree));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		void send() {
			try {
				HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TestEngine.url() + path))
					.header("Content-Type", "application/json")
					.method(method,
							body == null ? HttpRequest.BodyPublishers.noBody()
									: HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
							+ response.body().substring(0, Math.min(300, response.body().length())));
				}
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
