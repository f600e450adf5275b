package be.duaalatlas.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import be.duaalatlas.DuaalAtlasApplication;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service started on a thread of its own, so that a test can watch and disturb
 * its start (engine, indices, sample) over HTTP as an operator would: probes, GraphQL,
 * the Prometheus endpoint with a MANAGEMENT token. Profile {@code dev}, so tests mint the
 * tokens it trusts.
 */
final class ServiceStartedAside implements AutoCloseable {

	private static final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final CompletableFuture<ConfigurableApplicationContext> context;

	private ServiceStartedAside(int port, CompletableFuture<ConfigurableApplicationContext> context) {
		this.port = port;
		this.context = context;
	}

	/** Starts the service with {@code arguments} on a free port; returns at once. */
	static ServiceStartedAside start(String... arguments) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--atlas.answer-cache.enabled=false",
				"--atlas.rate-limit.anonymous.burst=1000000",
				"--atlas.rate-limit.anonymous.requests-per-minute=1000000",
				// what is tested is being ready, not the 3 s budget (EngineFaultsTest):
				// the
				// first text search of a just-loaded engine took longer on a busy machine
				"--atlas.limits.request-timeout=0s", "--atlas.limits.mutation-timeout=0s"));
		args.addAll(List.of(arguments));
		return new ServiceStartedAside(port,
				CompletableFuture
					.supplyAsync(() -> new SpringApplicationBuilder(DuaalAtlasApplication.class).profiles("dev")
						.run(args.toArray(String[]::new))));
	}

	/** The service's context, once its start (the runners included) returned. */
	ConfigurableApplicationContext context() {
		return context.join();
	}

	@Override
	public void close() {
		context().close();
	}

	/** The HTTP status of a GET, or -1 while nothing answers on the port. */
	int status(String path) {
		try {
			return http.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	boolean ready() {
		return status("/actuator/health/readiness") == 200;
	}

	JsonNode get(String path, String token) throws Exception {
		HttpRequest.Builder request = request(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	JsonNode post(String query, Map<String, Object> variables) throws Exception {
		return post(query, variables, null);
	}

	JsonNode post(String query, Map<String, Object> variables, String token) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		if (variables != null) {
			body.put("variables", variables);
		}
		HttpRequest.Builder request = request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	/** What {@code /actuator/prometheus} shows an operator (a MANAGEMENT token). */
	String metrics() throws Exception {
		HttpResponse<String> response = http.send(request("/actuator/prometheus")
			.header("Authorization", "Bearer " + TestTokens.token("operations", Right.MANAGEMENT))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Records per sample kind, as {@code catalogueStatus} tells the public. */
	Map<String, Long> sampleRecords() throws Exception {
		JsonNode kinds = post("{ catalogueStatus { kinds { kind records lastSuccessfulImport definitionCurrent } } }",
				null)
			.path("data")
			.path("catalogueStatus")
			.path("kinds");
		Map<String, Long> records = new LinkedHashMap<>();
		kinds.forEach(kind -> {
			if (SampleCatalogue.LAYOUT.containsKey(kind.path("kind").asText())) {
				assertThat(kind.path("lastSuccessfulImport").isTextual()).as(kind.toString()).isTrue();
				assertThat(kind.path("definitionCurrent").asBoolean()).as(kind.toString()).isTrue();
				records.put(kind.path("kind").asText(), kind.path("records").asLong());
			}
		});
		assertThat(records).containsOnlyKeys(SampleCatalogue.LAYOUT.keySet());
		return records;
	}

	/**
	 * A search the whole sample answers: a place from the gazetteer, programmes by text.
	 */
	void answersASearch() throws Exception {
		JsonNode answer = post(
				"{ place(postcode: \"9000\") { name { value } } programmes(text: \"kapper\") { totalCount } }", null);
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		assertThat(answer.path("data").path("place").path("name").path("value").asText()).isEqualTo("Gent");
		assertThat(answer.path("data").path("programmes").path("totalCount").asInt()).isPositive();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
	}

}
