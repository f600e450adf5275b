package be.duaalatlas.index;

import java.time.Duration;

import be.duaalatlas.AtlasIntegrationTest;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the suite's one engine, an index asking for a replica stays yellow: a wait for green
 * that runs out (which Elasticsearch 8 answers 408) is "not reached", not an error, so
 * that an import on a busy cluster goes live before its replicas are copied instead of
 * failing after it has built the whole index (the fleet report's import did).
 */
class ClusterHealthWaitTest extends AtlasIntegrationTest {

	private static final String INDEX = "health-wait-check";

	@Autowired
	ElasticsearchClient client;

	@AfterEach
	void drop() throws Exception {
		client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
	}

	@Test
	void aWaitThatRunsOutIsNotReachedAndAStatusAlreadyThereIs() throws Exception {
		client.indices().create(c -> c.index(INDEX).settings(s -> s.numberOfShards("1").numberOfReplicas("1")));

		assertThat(ClusterHealthWait.reached(client, INDEX, HealthStatus.Green, Duration.ofMillis(500))).isFalse();
		assertThat(ClusterHealthWait.reached(client, INDEX, HealthStatus.Yellow, Duration.ofSeconds(30))).isTrue();
	}

}
