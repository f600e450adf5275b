package be.duaalatlas.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.util.EntityUtils;

import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the HTTP requests the service sends to the engine, whichever cluster it is: the
 * measure behind "a page of 100 workplaces with their recognitions costs a bounded number
 * of requests" and the per-query numbers in the README.
 */
@Component
public class EngineRequestCounter implements RestClientBuilderCustomizer {

	private final LongAdder requests = new LongAdder();

	private final LongAdder aggregating = new LongAdder();

	@Override
	public void customize(org.elasticsearch.client.RestClientBuilder builder) {
	}

	@Override
	public void customize(org.apache.http.impl.nio.client.HttpAsyncClientBuilder builder) {
		builder.addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
			requests.increment();
			if (asksForAggregations(request)) {
				aggregating.increment();
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

	/** Requests sent since the service started. */
	public long total() {
		return requests.sum();
	}

}
