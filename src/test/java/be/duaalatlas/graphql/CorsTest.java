package be.duaalatlas.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configured website origin may call the API from a browser; any other origin is
 * refused.
 */
class CorsTest extends AtlasIntegrationTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theConfiguredOriginMayCallTheApi() throws Exception {
		HttpResponse<String> preflight = preflight(WEBSITE);
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEBSITE);
		HttpResponse<String> post = http.send(HttpRequest.newBuilder(graphql())
			.header("Origin", WEBSITE)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ place(postcode: \\\"9000\\\") { postcode } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WEBSITE);
	}

	@Test
	void anyOtherOriginIsRefused() throws Exception {
		HttpResponse<String> preflight = preflight("https://evil.test");
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		return http.send(HttpRequest.newBuilder(graphql())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI graphql() {
		return URI.create("http://localhost:" + port + "/graphql");
	}

}
