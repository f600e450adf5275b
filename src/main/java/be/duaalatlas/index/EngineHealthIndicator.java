package be.duaalatlas.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "elasticsearch", in place of Spring Boot's (whose
 * request waits for the client's whole socket timeout on a hung engine): the cluster's
 * health, asked with {@code atlas.engine-client.health-timeout}; DOWN when the engine
 * does not answer by then, OUT_OF_SERVICE when it is red.
 */
@Component("elasticsearchHealthIndicator")
class EngineHealthIndicator extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	EngineHealthIndicator(ElasticsearchClient client, PooledConnectionTimeout timeouts) {
		super("Elasticsearch health check failed");
		this.client = timeouts.forHealth(client);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		HealthResponse health = client.cluster().health();
		if (health.status() == HealthStatus.Red) {
			builder.outOfService();
		}
		else {
			builder.up();
		}
		builder.withDetail("cluster_name", health.clusterName())
			.withDetail("status", health.status().jsonValue())
			.withDetail("number_of_nodes", health.numberOfNodes())
			.withDetail("active_shards", health.activeShards());
	}

}
