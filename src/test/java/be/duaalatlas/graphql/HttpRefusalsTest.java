package be.duaalatlas.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal over HTTP, whoever refuses (Tomcat, Spring Security's firewall, Spring
 * MVC, the actuator, the GraphQL route), is a 4xx with a body in the GraphQL error shape
 * {@code {"errors":[{"message":..,"extensions":{"classification":..,"status":..}}]}}, and
 * a client's mistake leaves no stack trace and no ERROR in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HttpRefusalsTest extends AtlasIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String QUERY = "{\"query\":\"{ __typename }\"}";

	@LocalServerPort
	int port;

	/** Where this test's part of the log starts (the context's start-up came before). */
	private int logStart;

	@BeforeEach
	void markTheLog(CapturedOutput log) {
		logStart = log.getOut().length();
	}

	@Test
	void aBodyThatIsNotJsonOrAMalformedContentTypeIs415(CapturedOutput log) throws Exception {
		for (String contentType : List.of("multipart/form-data; boundary=x", "multipart/form-data", ";;;",
				"application/", "text/plain; charset=nonsense", "application/json; charset=nonsense",
				"application/graphql-response+json", "application/x-www-form-urlencoded")) {
			HttpResponse<String> response = send(post("/graphql", QUERY).header("Content-Type", contentType));
			assertRefused(response, 415, "BAD_REQUEST", contentType);
		}
		assertQuiet(log);
	}

	@Test
	void anAcceptThatAllowsNoJsonIs406AndAnyTypeIsAnswered(CapturedOutput log) throws Exception {
		for (String accept : List.of("text/html", "application/xml", "text/event-stream", ";;;")) {
			HttpResponse<String> response = send(
					post("/graphql", QUERY).header("Content-Type", "application/json").header("Accept", accept));
			assertRefused(response, 406, "BAD_REQUEST", accept);
		}
		for (String accept : List.of("*/*", "application/*", "text/html, */*;q=0.1",
				"application/graphql-response+json")) {
			HttpResponse<String> response = send(
					post("/graphql", QUERY).header("Content-Type", "application/json").header("Accept", accept));
			assertThat(response.statusCode()).as(accept).isEqualTo(200);
			assertThat(json.readTree(response.body()).path("data").path("__typename").asText()).as(accept)
				.isEqualTo("Query");
		}
		assertQuiet(log);
	}

	@Test
	void otherMethodsAre405(CapturedOutput log) throws Exception {
		for (String path : List.of("/graphql", "/")) {
			for (String method : List.of("TRACE", "DELETE", "PUT")) {
				HttpResponse<String> response = send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
				assertRefused(response, 405, "BAD_REQUEST", method + " " + path);
			}
		}
		assertQuiet(log);
	}

	@Test
	void unknownPathsAre404(CapturedOutput log) throws Exception {
		for (String path : List.of("/error", "/actuator/health/no-such-component", "/no-such-page",
				"/actuator/no-such-endpoint")) {
			assertRefused(send(request(path).GET()), 404, "NOT_FOUND", path);
		}
		assertQuiet(log);
	}

	@Test
	void whatTomcatRefusesItselfIsGraphQlShapedToo(CapturedOutput log) throws Exception {
		assertRefused(send(request("/graphql%2F").GET()), 400, "BAD_REQUEST", "an encoded slash");
		assertQuiet(log);
	}

	/**
	 * A body shorter than its Content-Length holds the connection until Tomcat's read
	 * timeout ({@code server.tomcat.connection-timeout}, 5 s), then gets a 408; the
	 * socket's read timeout is the test's bound.
	 */
	@Test
	void aBodyThatNeverArrivesIsAnsweredWithinSeconds(CapturedOutput log) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(9_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n{\"query\":")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String answer = readAnswer(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 408");
			JsonNode error = json.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).path("errors").path(0);
			assertThat(error.path("message").asText()).isNotBlank();
			assertThat(error.path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
		}
		assertQuiet(log);
	}

	/** The head and a body of Content-Length bytes, as soon as they arrived. */
	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder answer = new StringBuilder();
		int end = -1;
		int length = 0;
		while (end < 0 || answer.length() < end + length) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			answer.append((char) next);
			if (end < 0 && answer.toString().endsWith("\r\n\r\n")) {
				end = answer.length();
				String head = answer.toString().toLowerCase();
				int at = head.indexOf("content-length:");
				length = at < 0 ? 0 : Integer.parseInt(head.substring(at + 15, head.indexOf("\r\n", at)).trim());
			}
		}
		return answer.toString();
	}

	private static void assertRefused(HttpResponse<String> response, int status, String classification, String what)
			throws IOException {
		assertThat(response.statusCode()).as(what).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(what)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode body = json.readTree(response.body());
		assertThat(body.has("data")).as(what).isFalse();
		assertThat(body.path("errors")).as(what).hasSize(1);
		JsonNode error = body.path("errors").path(0);
		assertThat(error.path("message").asText()).as(what).isNotBlank();
		assertThat(error.path("extensions").path("classification").asText()).as(what).isEqualTo(classification);
		assertThat(error.path("extensions").path("status").asInt()).as(what).isEqualTo(status);
	}

	/** A client's mistake: at most a line at WARN, never an ERROR or a stack trace. */
	private void assertQuiet(CapturedOutput log) {
		assertThat(log.getOut().substring(logStart)).doesNotContain("\tat ").doesNotContain(" ERROR ");
	}

	private HttpRequest.Builder post(String path, String body) {
		return request(path).POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
