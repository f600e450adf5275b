package be.duaalatlas.index;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "elasticsearch", in place of Spring Boot's (whose
 * request waits for the client's whole socket timeout on a hung engine): the cluster's
 * health, asked through the {@link EngineProbe}; DOWN when the engine does not answer by
 * then, OUT_OF_SERVICE when it is red.
 */
@Component("elasticsearchHealthIndicator")
class EngineHealthIndicator extends AbstractHealthIndicator {

	private final EngineProbe probe;

	EngineHealthIndicator(EngineProbe probe) {
		super("Elasticsearch health check failed");
		this.probe = probe;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		HealthResponse health = probe.ask(client -> client.cluster().health());
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
