package be.duaalatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.util.EntityUtils;

import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the HTTP requests the service sends to the engine, whichever cluster it is: the
 * measure behind "a page of 100 workplaces with their recognitions costs a bounded number
 * of requests" and the per-query numbers in the README. When
 * {@code atlas.engine-requests.record-to} is set it also records each request, for the
 * benchmark that sends the service's own engine requests to the engine alone.
 */
@Component
public class EngineRequestCounter implements RestClientBuilderCustomizer {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Set on a thread while it does the service's own background work. */
	private static final ThreadLocal<Boolean> BACKGROUND = ThreadLocal.withInitial(() -> false);

	private final LongAdder requests = new LongAdder();

	private final LongAdder aggregating = new LongAdder();

	private final Writer recording;

	EngineRequestCounter(EngineRequestProperties properties) throws IOException {
		this.recording = properties.recordTo() == null ? null : Files.newBufferedWriter(properties.recordTo(),
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	@Override
	public void customize(org.elasticsearch.client.RestClientBuilder builder) {
	}

	@Override
	public void customize(org.apache.http.impl.nio.client.HttpAsyncClientBuilder builder) {
		// runs on the thread that sends the request (the client's execute), so a
		// background
		// thread's mark is seen here
		builder.addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
			if (BACKGROUND.get()) {
				return;
			}
			requests.increment();
			if (asksForAggregations(request)) {
				aggregating.increment();
			}
			if (recording != null) {
				record(request);
			}
		});
	}

	/**
	 * Searches sent since the service started that asked for aggregations (facets): the
	 * costly part of a search.
	 */
	public long aggregating() {
		return aggregating.sum();
	}

	private static boolean asksForAggregations(HttpRequest request) throws IOException {
		if (!request.getRequestLine().getUri().contains("_search")
				|| !(request instanceof HttpEntityEnclosingRequest enclosing) || enclosing.getEntity() == null
				|| !enclosing.getEntity().isRepeatable()) {
			return false;
		}
		return EntityUtils.toString(enclosing.getEntity(), StandardCharsets.UTF_8).contains("\"aggregations\"");
	}

	/**
	 * Runs {@code work} with its engine requests left out of the counts and the
	 * recording: the service's own background work (metrics reads, convergence checks,
	 * webhook rounds) answers no client, and a test or benchmark counting a question's
	 * requests must not see it.
	 */
	public static <T> T uncounted(Supplier<T> work) {
		boolean outer = BACKGROUND.get();
		BACKGROUND.set(true);
		try {
			return work.get();
		}
		finally {
			BACKGROUND.set(outer);
		}
	}

	/** Requests sent since the service started. */
	public long total() {
		return requests.sum();
	}

	private void record(HttpRequest request) throws IOException {
		Map<String, String> line = new LinkedHashMap<>();
		line.put("method", request.getRequestLine().getMethod());
		line.put("path", request.getRequestLine().getUri());
		if (request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null
				&& enclosing.getEntity().isRepeatable()) {
			line.put("body", EntityUtils.toString(enclosing.getEntity(), StandardCharsets.UTF_8));
		}
		synchronized (recording) {
			try {
				recording.write(JSON.writeValueAsString(line));
				recording.write('\n');
				recording.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
