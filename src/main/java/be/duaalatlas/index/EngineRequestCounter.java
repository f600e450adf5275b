package be.duaalatlas.index;

import java.util.concurrent.atomic.LongAdder;

import org.apache.http.HttpRequestInterceptor;

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

	@Override
	public void customize(org.elasticsearch.client.RestClientBuilder builder) {
	}

	@Override
	public void customize(org.apache.http.impl.nio.client.HttpAsyncClientBuilder builder) {
		builder.addInterceptorLast((HttpRequestInterceptor) (request, context) -> requests.increment());
	}

	/** Requests sent since the service started. */
	public long total() {
		return requests.sum();
	}

}
