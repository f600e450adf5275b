package be.duaalatlas.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * One POST of one delivery: the endpoint checked again ({@link WebhookUrls}), bounded by
 * the connect and read timeouts, redirects not followed (they could lead anywhere), the
 * answer's body never read.
 */
@Component
class WebhookSender {

	static final String DELIVERY = "X-Atlas-Delivery";

	static final String WEBHOOK = "X-Atlas-Webhook";

	static final String TIMESTAMP = "X-Atlas-Timestamp";

	static final String SIGNATURE = "X-Atlas-Signature";

	private static final int MAX_ERROR = 300;

	private final WebhookUrls urls;

	private final WebhookProperties properties;

	private final ObjectMapper json;

	private final HttpClient http;

	WebhookSender(WebhookUrls urls, WebhookProperties properties, ObjectMapper json) {
		this.urls = urls;
		this.properties = properties;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			// one small POST at a time: no HTTP/2 upgrade for a receiver to get wrong
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/**
	 * How an attempt went.
	 *
	 * @param status the receiver's HTTP status, null when none came
	 * @param error why it failed, null when delivered
	 */
	record Outcome(Integer status, String error) {

		boolean delivered() {
			return error == null;
		}

	}

	Outcome send(Subscription webhook, Delivery delivery) {
		Optional<String> refused = urls.problem(webhook.url());
		if (refused.isPresent()) {
			return new Outcome(null, "endpoint refused: " + refused.get());
		}
		String body;
		try {
			body = json.writeValueAsString(delivery.change());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a change is always JSON", ex);
		}
		long timestamp = Instant.now().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
			.timeout(properties.readTimeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "DuaalAtlas-Webhooks")
			.header(DELIVERY, delivery.id())
			.header(WEBHOOK, webhook.id())
			.header(TIMESTAMP, Long.toString(timestamp))
			.header(SIGNATURE, WebhookSignature.sign(webhook.secret(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			// the body is never read: closing it drops what the receiver sends
			response.body().close();
			int status = response.statusCode();
			return status >= 200 && status < 300 ? new Outcome(status, null)
					: new Outcome(status, "the receiver answered HTTP " + status);
		}
		catch (HttpConnectTimeoutException ex) {
			return new Outcome(null, "no connection within " + properties.connectTimeout().toMillis() + " ms");
		}
		catch (HttpTimeoutException ex) {
			return new Outcome(null, "no answer within " + properties.readTimeout().toMillis() + " ms");
		}
		catch (IOException ex) {
			return new Outcome(null, bounded("could not deliver: " + ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, "interrupted: the service is stopping");
		}
	}

	private static String bounded(String text) {
		return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) + "…" : text;
	}

}
