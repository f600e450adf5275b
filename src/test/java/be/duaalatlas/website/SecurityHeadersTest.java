package be.duaalatlas.website;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website's pages, their bundled scripts and the API's answers carry the browser
 * protections: a Content-Security-Policy without inline scripts or styles, no referrer
 * and no MIME sniffing; the pages themselves have no inline script or style for the
 * policy to block (the browser tests check that it blocks nothing they do).
 */
class SecurityHeadersTest extends AtlasIntegrationTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theWebsiteAllowsOnlyItsOwnScriptsAndStyles() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "script-src")).isEqualTo("'self'");
		assertThat(directive(policy, "style-src")).isEqualTo("'self'");
		assertThat(directive(policy, "connect-src")).isEqualTo("'self'");
		assertThat(directive(policy, "object-src")).isEqualTo("'none'");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("'none'");
		assertProtected(page);
		assertThat(inlineScripts(page.body())).as("inline scripts of the website").isEmpty();
		assertThat(page.body()).as("inline styles of the website").doesNotContain("<style");

		Matcher script = Pattern.compile("<script[^>]*src=\"([^\"]+)\"").matcher(page.body());
		assertThat(script.find()).isTrue();
		HttpResponse<String> bundle = get(script.group(1));
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertProtected(bundle);
	}

	@Test
	void theExplorerAllowsOnlyItsOwnScriptsAndStylesToo() throws Exception {
		HttpResponse<String> page = get("/explorer/");
		assertThat(page.statusCode()).isEqualTo(200);
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "script-src")).isEqualTo("'self'");
		assertThat(directive(policy, "style-src")).isEqualTo("'self'");
		assertProtected(page);
		assertThat(inlineScripts(page.body())).as("inline scripts of the explorer").isEmpty();
		assertThat(page.body()).as("inline styles of the explorer").doesNotContain("<style");
	}

	@Test
	void theApisAnswersAndRefusalsAreProtectedToo() throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url("/graphql")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertProtected(answer);
		HttpResponse<String> notFound = get("/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertProtected(notFound);
	}

	private static void assertProtected(HttpResponse<String> response) {
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	/** The sources of a directive, as written. */
	private static String directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			String trimmed = directive.trim();
			if (trimmed.startsWith(name + " ")) {
				return trimmed.substring(name.length() + 1).trim();
			}
		}
		throw new AssertionError("no " + name + " in " + policy);
	}

	/** Script elements with a body, and event handler attributes. */
	private static List<String> inlineScripts(String html) {
		return Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
			.matcher(html)
			.results()
			.map(result -> result.group())
			.toList();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
