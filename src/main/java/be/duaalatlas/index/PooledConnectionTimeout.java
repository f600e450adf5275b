package be.duaalatlas.index;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.client.config.RequestConfig;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Waiting for a pooled connection to the engine has a bound: with the engine hung, every
 * pooled connection is busy and, without one, a request would wait forever (Spring Boot
 * sets the connect and socket timeouts, not this one). Also makes copies of the client
 * whose requests end sooner ({@link #within}), for what must not wait on a hung engine as
 * long as a query may.
 */
@Component
public class PooledConnectionTimeout implements RestClientBuilderCustomizer {

	/**
	 * @param connectionRequestTimeout how long a request waits for a free pooled
	 * connection to the engine
	 * @param maxConnections pooled connections to the engine (the client's default is 10)
	 * @param healthTimeout the most each engine request of a health check may take (DOWN
	 * when the engine does not answer by then)
	 * @param adminTimeout the most each of an import's index administration requests may
	 * take (create a version, flush, first refresh, replicas, alias switch, drop,
	 * re-apply the journal): on a cluster these wait for the other nodes, often longer
	 * than a query's budget ({@code atlas.limits.request-timeout})
	 * @param replicaWait how long an alias switch waits for the new version's replicas
	 * before it goes live without them; shorter than {@code adminTimeout}
	 */
	@ConfigurationProperties("atlas.engine-client")
	public record Properties(@DefaultValue("5s") Duration connectionRequestTimeout,
			@DefaultValue("30") int maxConnections, @DefaultValue("800ms") Duration healthTimeout,
			@DefaultValue("120s") Duration adminTimeout, @DefaultValue("30s") Duration replicaWait) {

		public Properties {
			if (adminTimeout.compareTo(Duration.ofSeconds(1)) < 0
					|| adminTimeout.compareTo(Duration.ofMinutes(30)) > 0) {
				throw new IllegalArgumentException(
						"atlas.engine-client.admin-timeout must be between 1s and 30m: " + adminTimeout);
			}
			if (replicaWait.isNegative() || replicaWait.plusSeconds(1).compareTo(adminTimeout) > 0) {
				throw new IllegalArgumentException("atlas.engine-client.replica-wait (" + replicaWait
						+ ") must be at least a second shorter than atlas.engine-client.admin-timeout (" + adminTimeout
						+ ")");
			}
		}

	}

	private final Properties properties;

	private final ElasticsearchProperties connection;

	PooledConnectionTimeout(Properties properties, ElasticsearchProperties connection) {
		this.properties = properties;
		this.connection = connection;
	}

	@Override
	public void customize(org.elasticsearch.client.RestClientBuilder builder) {
	}

	@Override
	public void customize(org.apache.http.impl.nio.client.HttpAsyncClientBuilder builder) {
		builder.setMaxConnPerRoute(properties.maxConnections()).setMaxConnTotal(properties.maxConnections());
	}

	@Override
	public void customize(RequestConfig.Builder builder) {
		builder.setConnectionRequestTimeout((int) properties.connectionRequestTimeout().toMillis());
	}

	/**
	 * The whole request configuration of the client with another socket timeout: a
	 * configuration replaces the client's whole default one, so connecting and waiting
	 * for a pooled connection are bounded as on the query path, and neither by more than
	 * {@code timeout}.
	 */
	public RequestConfig requestConfig(Duration timeout) {
		return RequestConfig.custom()
			.setConnectTimeout(millis(min(connection.getConnectionTimeout(), timeout)))
			.setConnectionRequestTimeout(millis(min(properties.connectionRequestTimeout(), timeout)))
			.setSocketTimeout(millis(timeout))
			.build();
	}

	/** The same client, each of its requests bounded by the health check's timeout. */
	public ElasticsearchClient forHealth(ElasticsearchClient client) {
		return within(client, properties.healthTimeout());
	}

	/**
	 * The same client, each of its requests bounded by the admin timeout: for an import's
	 * index administration, never for a public query.
	 */
	public ElasticsearchClient forAdmin(ElasticsearchClient client) {
		return within(client, properties.adminTimeout());
	}

	public Properties properties() {
		return properties;
	}

	/** The same client, each of its requests bounded by {@code timeout}. */
	public ElasticsearchClient within(ElasticsearchClient client, Duration timeout) {
		if (!(client._transportOptions() instanceof RestClientOptions options)) {
			return client;
		}
		RestClientOptions.Builder builder = options.toBuilder();
		builder.restClientRequestOptionsBuilder().setRequestConfig(requestConfig(timeout));
		return client.withTransportOptions(builder.build());
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static int millis(Duration duration) {
		return Math.toIntExact(duration.toMillis());
	}

}
