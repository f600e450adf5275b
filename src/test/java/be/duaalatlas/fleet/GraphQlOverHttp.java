package be.duaalatlas.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GraphQL over plain HTTP to one service instance, as a partner app or the website sends
 * it: every answer, its time and how it failed (a typed error's classification, an HTTP
 * status, or the connection), never an exception.
 */
public final class GraphQlOverHttp {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** Longer than the service's own bounds (3 s per query, 30 s per write). */
	private static final Duration TIMEOUT = Duration.ofSeconds(40);

	private GraphQlOverHttp() {
	}

	/**
	 * @param failure null when the answer has no error; else the first error's
	 * classification, {@code HTTP <status>}, or {@code CONNECTION}
	 */
	public record Answer(JsonNode body, String failure, long nanos) {

		public boolean ok() {
			return failure == null;
		}

		public JsonNode data(String path) {
			JsonNode node = body.path("data");
			for (String part : path.split("\\.")) {
				node = node.path(part);
			}
			return node;
		}

	}

	public static Answer post(String graphqlUrl, String query, Map<String, Object> variables, String bearer) {
		long started = System.nanoTime();
		try {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("query", query);
			if (variables != null) {
				request.put("variables", variables);
			}
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(graphqlUrl))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/json")
				// past any answer cache: what the engine holds now
				.header("Cache-Control", "no-cache")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)));
			if (bearer != null) {
				builder.header("Authorization", "Bearer " + bearer);
			}
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			long nanos = System.nanoTime() - started;
			JsonNode body;
			try {
				body = json.readTree(response.body());
			}
			catch (IOException ex) {
				return new Answer(json.createObjectNode(), "HTTP " + response.statusCode(), nanos);
			}
			JsonNode error = body.path("errors").path(0);
			if (!error.isMissingNode()) {
				return new Answer(body, error.path("extensions").path("classification").asText("UNTYPED"), nanos);
			}
			return new Answer(body, response.statusCode() == 200 ? null : "HTTP " + response.statusCode(), nanos);
		}
		catch (IOException ex) {
			return new Answer(json.createObjectNode(), "CONNECTION", System.nanoTime() - started);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(json.createObjectNode(), "INTERRUPTED", System.nanoTime() - started);
		}
	}

}
