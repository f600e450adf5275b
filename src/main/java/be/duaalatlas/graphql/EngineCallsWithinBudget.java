package be.duaalatlas.graphql;

import java.time.Duration;

import be.duaalatlas.index.PooledConnectionTimeout;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every request the service sends the engine ends within a GraphQL request's budget
 * ({@code atlas.limits.request-timeout}) when that is shorter than
 * {@code spring.elasticsearch.socket-timeout}: a call to a hung engine gives up when its
 * request is answered instead of holding a thread for the whole socket timeout, and a
 * call {@link RequestTimeout} does not bound (a mutation such as {@code reportListing},
 * which has the longer mutation budget) still answers SEARCH_UNAVAILABLE within it. The
 * pooled-connection and connect waits are bounded by it too. Imports send their heavy
 * requests through a client with their own, longer timeout. A budget of 0 leaves the
 * client's timeouts as configured.
 */
@Component
class EngineCallsWithinBudget implements RestClientBuilderCustomizer {

	private final Duration budget;

	private final ElasticsearchProperties connection;

	private final PooledConnectionTimeout timeouts;

	EngineCallsWithinBudget(LimitsProperties limits, ElasticsearchProperties connection,
			PooledConnectionTimeout timeouts) {
		this.budget = limits.requestTimeout();
		this.connection = connection;
		this.timeouts = timeouts;
	}

	@Override
	public void customize(org.elasticsearch.client.RestClientBuilder builder) {
	}

	@Override
	public void customize(HttpAsyncClientBuilder builder) {
		// the client's default request configuration is set before this callback (and
		// replaced whole here: connect and pool waits as configured, each at most the
		// budget)
		if (!budget.isZero() && budget.compareTo(connection.getSocketTimeout()) < 0) {
			builder.setDefaultRequestConfig(timeouts.requestConfig(budget));
		}
	}

}
