package be.duaalatlas.index;

import java.time.Duration;

import org.apache.http.client.config.RequestConfig;

import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Waiting for a pooled connection to the engine has a bound: with the engine hung, every
 * pooled connection is busy and, without one, a request would wait forever (Spring Boot
 * sets the connect and socket timeouts, not this one).
 */
@Component
public class PooledConnectionTimeout implements RestClientBuilderCustomizer {

	/**
	 * @param connectionRequestTimeout how long a request waits for a free pooled
	 * connection to the engine
	 * @param maxConnections pooled connections to the engine (the client's default is 10)
	 */
	@ConfigurationProperties("atlas.engine-client")
	public record Properties(@DefaultValue("5s") Duration connectionRequestTimeout,
			@DefaultValue("30") int maxConnections) {
	}

	private final Properties properties;

	PooledConnectionTimeout(Properties properties) {
		this.properties = properties;
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

}
