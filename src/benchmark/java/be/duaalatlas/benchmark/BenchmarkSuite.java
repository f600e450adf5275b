package be.duaalatlas.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.duaalatlas.ingest.generator.GenerateCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.awaitility.Awaitility;

import org.springframework.util.FileSystemUtils;

/**
 * The benchmark suite: starts the packaged jar (with its embedded engine) the way it runs in production, then per
 * catalogue size (the sample, then generated workplaces imported on top) measures
 * <ul>
 * <li>the import of the generated workplaces against a raw single-client {@code _bulk} of the same final documents,
 * and the deleted documents the import leaves;</li>
 * <li>every {@code frontend-contract/} operation with Gatling at 1 and 16 concurrent clients: through GraphQL
 * without the answer cache, the very engine requests the service sent for it (recorded by the service) straight
 * against the engine, and through GraphQL asked again (the answer cache); plus a plain three-field
 * {@code multi_match} on the programmes index, the engine's floor for a text search;</li>
 * <li>the resident memory and heap of the service and the engine.</li>
 * </ul>
 * and writes BENCHMARKS.md. Settings (system properties): {@code benchmark.sizes} (default
 * {@code sample,100000,1000000}), {@code benchmark.seconds} per measurement (default 5), {@code benchmark.warm-up} seconds of
 * every operation at 16 clients before a size's first measurement (default 120), {@code benchmark.port}
 * (default 18090), {@code benchmark.heap} of the service (default 512m), {@code benchmark.engine-heap} (default 1g),
 * {@code benchmark.operations} (only these contract operations), {@code benchmark.jar} (another build of the service)
 * and {@code benchmark.output} (default src/benchmark/BENCHMARKS.md).
 */
public final class BenchmarkSuite {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Path WORK = Path.of("target/benchmark");

	private final List<String> sizes = List.of(System.getProperty("benchmark.sizes", "sample,100000,1000000").split(","));

	private final int seconds = Integer.getInteger("benchmark.seconds", 5);

	private final int jitWarmUp = Integer.getInteger("benchmark.warm-up", 120);

	private final int port = Integer.getInteger("benchmark.port", 18090);

	private final int enginePort = port + 1;

	private final String heap = System.getProperty("benchmark.heap", "512m");

	private final String engineHeap = System.getProperty("benchmark.engine-heap", "1g");

	private final String graphqlUrl = "http://127.0.0.1:" + port + "/graphql";

	private final String engineUrl = "http://127.0.0.1:" + enginePort;

	private final Path recording = WORK.resolve("engine-requests.jsonl").toAbsolutePath();

	private final Report report = new Report();

	/** src/benchmark/BENCHMARKS.md by default: the repository's top level holds only what the build needs. */
	private final Path output = Path.of(System.getProperty("benchmark.output", "src/benchmark/BENCHMARKS.md"));

	/** Only these contract operations (comma-separated names), or all when empty. */
	private final List<String> only = List.of(System.getProperty("benchmark.operations", "").split(",")).stream()
		.filter(name -> !name.isBlank()).toList();

	private Path jar;

	private Process service;

	public static void main(String[] args) throws Exception {
		new BenchmarkSuite().run();
	}

	private void run() throws Exception {
		jar = jar();
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		report.machine(seconds, jitWarmUp, heap, engineHeap, String.join(",", sizes));
		try {
			startService();
			for (String size : sizes) {
				Report.Size section = report.size(size);
				if (!"sample".equals(size)) {
					try {
						importWorkplaces(Integer.parseInt(size), section);
					}
					catch (IllegalStateException ex) {
						// what failed is a result too: the report says so, and the larger sizes are not tried
						section.failed(ex.getMessage());
						report.write(output);
						break;
					}
				}
				Map<String, ContractLoad.Plan.Operation> operations = recordOperations();
				for (int clients : List.of(1, 16)) {
					Path results = WORK.resolve("gatling-" + size + "-" + clients);
					// the first run of a size starts with the JIT warm-up: the first size meets a freshly
					// started service, a later one brings new code paths (bigger result sets, other branches)
					ContractLoad.Plan plan = new ContractLoad.Plan(graphqlUrl, engineUrl, clients, seconds, 2,
							clients == 1 ? jitWarmUp : 0, new ArrayList<>(operations.values()));
					Path planFile = WORK.resolve("plan-" + size + "-" + clients + ".json");
					plan.write(planFile);
					section.load(clients, gatling(planFile, results, seconds));
				}
				section.memory(memory());
				report.write(output);
			}
		}
		finally {
			stopService();
		}
		report.write(output);
		System.out.println("Wrote " + output);
	}

	private static Path jar() throws IOException {
		String other = System.getProperty("benchmark.jar", "");
		if (!other.isBlank()) {
			// another build of the service (e.g. an earlier commit's) measured by this suite
			return Path.of(other);
		}
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("duaal-atlas-.*\\.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run ./mvnw -Pbenchmark -DskipTests verify"));
		}
	}

	private List<String> java(String... extra) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xms" + heap, "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
				"--atlas.engine.work-dir=" + WORK.resolve("engine").toAbsolutePath(),
				"--atlas.engine.port=" + enginePort, "--atlas.engine.heap=" + engineHeap,
				"--atlas.engine.start-timeout=600s"));
		command.addAll(List.of(extra));
		return command;
	}

	private void startService() throws Exception {
		Files.deleteIfExists(recording);
		Files.createFile(recording);
		Path log = WORK.resolve("service.log");
		service = new ProcessBuilder(java("--server.port=" + port,
				"--atlas.engine-requests.record-to=" + recording,
				// the rate limiter stays on the request path, with an anonymous budget that a load test
				// from one address does not exhaust (300 a minute would refuse nearly every request)
				"--atlas.rate-limit.anonymous.requests-per-minute=100000000",
				"--atlas.rate-limit.anonymous.burst=1000000",
				"--management.endpoints.web.exposure.include=health,metrics"))
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Awaitility.await("the service and its sample catalogue (" + log + ")").atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				if (!service.isAlive()) {
					throw new IllegalStateException("the service did not start; see " + log);
				}
				return Files.readString(log).contains("Sample catalogue:");
			});
		System.out.println("Service ready on " + graphqlUrl + ", engine on " + engineUrl);
	}

	private void stopService() throws InterruptedException {
		if (service != null) {
			service.destroy();
			service.waitFor();
		}
	}

	/** Generates {@code count} workplaces, imports them with the import command, then a raw _bulk of the result. */
	private void importWorkplaces(int count, Report.Size section) throws Exception {
		Path generated = WORK.resolve("generated-" + count).toAbsolutePath();
		long generateStart = System.nanoTime();
		GenerateCatalogue.main(new String[] { "--workplaces=" + count, "--seed=42", "--out=" + generated });
		section.generated(count, (System.nanoTime() - generateStart) / 1_000_000);
		Path log = WORK.resolve("import-" + count + ".log");
		Process importer = new ProcessBuilder(java("--spring.profiles.active=import", "--spring.main.web-application-type=none",
				"import", "workplaces", "recognition-register=" + generated.resolve("recognitions.csv"),
				"workplace-availability=" + generated.resolve("availability.csv")))
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		importer.waitFor();
		String output = Files.readString(log);
		Matcher summary = Pattern.compile("workplaces SUCCEEDED: read (\\d+), imported (\\d+), rejected (\\d+) in (\\d+) ms")
			.matcher(output);
		if (!summary.find()) {
			Matcher failed = Pattern.compile("workplaces FAILED: .*").matcher(output);
			throw new IllegalStateException("the import of " + count + " workplaces failed"
					+ (failed.find() ? " (`" + failed.group() + "`)" : "") + "; see " + log);
		}
		long importMillis = Long.parseLong(summary.group(4));
		// the live workplaces (_count: top-level documents; the index's own document count also holds every
		// nested recognition), and the deleted Lucene documents the import left
		long documents = get("/workplaces/_count").path("count").asLong();
		long deleted = get("/workplaces/_stats/docs").path("_all").path("primaries").path("docs").path("deleted").asLong();
		long rawMillis = rawBulk(count);
		section.imported(Long.parseLong(summary.group(1)), documents, deleted, importMillis, rawMillis);
		// the service follows the new generation within 2 s: its status says how many workplaces are live
		String status = JSON.writeValueAsString(Map.of("query", "{ catalogueStatus { kinds { kind records } } }"));
		Awaitility.await("the service to see " + documents + " workplaces").atMost(Duration.ofMinutes(1))
			.until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(graphqlUrl)).header("Content-Type", "application/json")
				.header("Cache-Control", "no-cache").POST(HttpRequest.BodyPublishers.ofString(status)).build(),
					HttpResponse.BodyHandlers.ofString()).body().contains("\"records\":" + documents));
	}

	/**
	 * The same final documents, read back from the live index, written to a file of bulk requests, then sent with one
	 * client in requests of 2,000 documents (the import's own size) into a new index of the same definition and
	 * settings; the time covers the bulk requests and the final refresh.
	 */
	private long rawBulk(int count) throws Exception {
		String index = "benchmark-raw-bulk";
		send("DELETE", "/" + index, null);
		ObjectNode definition = (ObjectNode) JSON.readTree(Path.of("search-mappings/workplaces.json").toFile());
		ObjectNode settings = (ObjectNode) definition.path("settings");
		settings.put("number_of_replicas", 0).put("refresh_interval", "-1");
		settings.putObject("translog").put("durability", "async");
		send("PUT", "/" + index, definition.toString());
		List<Path> chunks = new ArrayList<>();
		StringBuilder chunk = new StringBuilder();
		int inChunk = 0;
		JsonNode page = post("/workplaces/_search?scroll=2m", "{\"size\":2000,\"sort\":[\"_doc\"]}");
		while (page.path("hits").path("hits").size() > 0) {
			for (JsonNode hit : page.path("hits").path("hits")) {
				chunk.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(hit.path("_id").asText())).append("}}\n")
					.append(hit.path("_source").toString()).append('\n');
				if (++inChunk == 2000) {
					chunks.add(writeChunk(chunks.size(), chunk));
					chunk.setLength(0);
					inChunk = 0;
				}
			}
			page = post("/_search/scroll", "{\"scroll\":\"2m\",\"scroll_id\":\"" + page.path("_scroll_id").asText() + "\"}");
		}
		if (inChunk > 0) {
			chunks.add(writeChunk(chunks.size(), chunk));
		}
		long start = System.nanoTime();
		for (Path file : chunks) {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(engineUrl + "/" + index + "/_bulk"))
				.header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300 || response.body().contains("\"errors\":true")) {
				throw new IllegalStateException("raw bulk failed: " + response.body().substring(0, 500));
			}
		}
		send("PUT", "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
		send("POST", "/" + index + "/_refresh", null);
		long millis = (System.nanoTime() - start) / 1_000_000;
		send("DELETE", "/" + index, null);
		FileSystemUtils.deleteRecursively(WORK.resolve("bulk"));
		return millis;
	}

	private static Path writeChunk(int n, StringBuilder chunk) throws IOException {
		Path file = WORK.resolve("bulk").resolve(n + ".ndjson");
		Files.createDirectories(file.getParent());
		Files.writeString(file, chunk);
		return file;
	}

	/**
	 * Asks every contract operation once (with its example values, past the answer cache) and takes the engine
	 * requests the service recorded meanwhile as that operation's requests to the engine alone.
	 */
	private Map<String, ContractLoad.Plan.Operation> recordOperations() throws Exception {
		Map<String, ContractLoad.Plan.Operation> operations = new LinkedHashMap<>();
		List<Path> files;
		try (Stream<Path> list = Files.list(Path.of("frontend-contract"))) {
			files = list.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
		}
		for (Path file : files) {
			String name = file.getFileName().toString().replace(".graphql", "");
			if (!only.isEmpty() && !only.contains(name)) {
				continue;
			}
			String body = JSON.writeValueAsString(Map.of("query", Files.readString(file)));
			// asked twice: the second time finds the service's own caches (gazetteer, programme codes) warm, as
			// under load, and its engine requests are the ones recorded
			ask(name, body);
			long before = Files.size(recording);
			ask(name, body);
			List<ContractLoad.Plan.EngineRequest> requests = new ArrayList<>();
			try (InputStream in = Files.newInputStream(recording)) {
				in.skipNBytes(before);
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (line.isBlank()) {
						continue;
					}
					JsonNode request = JSON.readTree(line);
					String path = request.path("path").asText();
					// the service's own bookkeeping (generation checks, reports) is not part of the question
					if (path.contains("import-reports") || path.startsWith("/_alias") || path.startsWith("/_cat")
							|| path.contains("/_alias")) {
						continue;
					}
					requests.add(new ContractLoad.Plan.EngineRequest(request.path("method").asText(), path,
							request.path("body").isMissingNode() ? null : request.path("body").asText()));
				}
			}
			operations.put(name, new ContractLoad.Plan.Operation(name, body, requests));
		}
		// the floor: a plain multi_match on three fields of the programmes index
		operations.put("plain-multi-match", new ContractLoad.Plan.Operation("plain-multi-match", null,
				List.of(new ContractLoad.Plan.EngineRequest("POST", "/programmes/_search",
						"{\"query\":{\"multi_match\":{\"query\":\"elektricien\",\"fields\":[\"name.nl\",\"aliases.nl\",\"description.nl\"]}}}"))));
		JSON.writerWithDefaultPrettyPrinter().writeValue(WORK.resolve("recorded-operations.json").toFile(), operations);
		return operations;
	}

	private void ask(String name, String body) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(graphqlUrl))
			.header("Content-Type", "application/json").header("Cache-Control", "no-cache")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	private static GatlingStats gatling(Path plan, Path results, int seconds) throws IOException {
		System.setProperty("benchmark.plan", plan.toAbsolutePath().toString());
		Files.createDirectories(results);
		int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] { "--simulation", ContractLoad.class.getName(),
				"--results-folder", results.toAbsolutePath().toString() });
		System.out.println("Gatling run " + results + " ended with status " + status);
		try (Stream<Path> found = Files.walk(results)) {
			Path stats = found.filter(p -> p.endsWith(Path.of("js", "stats.js"))).findFirst()
				.orElseThrow(() -> new IllegalStateException("no js/stats.js under " + results));
			return GatlingStats.read(stats, seconds);
		}
	}

	private Report.Memory memory() throws Exception {
		long serviceRss = rssKb(service.pid());
		long enginePid = Long.parseLong(Files.readString(WORK.resolve("engine").resolve("engine.pid")).strip());
		long engineRss = rssKb(enginePid);
		JsonNode jvm = get("/_nodes/stats/jvm").path("nodes").elements().next().path("jvm").path("mem");
		JsonNode heapUsed = getFrom("http://127.0.0.1:" + port + "/actuator/metrics/jvm.memory.used?tag=area:heap");
		long serviceHeapUsed = heapUsed.path("measurements").path(0).path("value").asLong();
		return new Report.Memory(serviceRss / 1024, serviceHeapUsed / (1024 * 1024), heap, engineRss / 1024,
				jvm.path("heap_used_in_bytes").asLong() / (1024 * 1024), jvm.path("heap_max_in_bytes").asLong() / (1024 * 1024));
	}

	private static long rssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		return -1;
	}

	private JsonNode get(String path) throws Exception {
		return getFrom(engineUrl + path);
	}

	private static JsonNode getFrom(String url) throws Exception {
		return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body());
	}

	private JsonNode post(String path, String body) throws Exception {
		return JSON.readTree(send("POST", path, body));
	}

	private String send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(engineUrl + path)).timeout(Duration.ofMinutes(10))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	static void writeTo(Path file, String text) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(text);
		}
	}

}
