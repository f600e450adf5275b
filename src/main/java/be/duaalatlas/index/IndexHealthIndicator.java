package be.duaalatlas.index;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "catalogueIndices": every kind's live index, and
 * which ones were built from an older definition in {@code search-mappings/} and need a
 * rebuild. Its engine requests end at {@code atlas.engine-client.health-timeout} (DOWN
 * then), so a probe never waits for a hung engine.
 */
@Component("catalogueIndicesHealthIndicator")
class IndexHealthIndicator extends AbstractHealthIndicator {

	private final CatalogueIndices indices;

	private final ElasticsearchClient client;

	IndexHealthIndicator(CatalogueIndices indices, ElasticsearchClient client, PooledConnectionTimeout timeouts) {
		super("Catalogue indices check failed");
		this.indices = indices;
		this.client = timeouts.forHealth(client);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<IndexState> states = indices.states(client);
		List<String> stale = states.stream().filter(s -> !s.definitionCurrent()).map(IndexState::kind).toList();
		builder.up().withDetail("indices", states).withDetail("rebuildNeeded", stale);
		if (!stale.isEmpty()) {
			builder.withDetail("hint", "The definitions of " + stale + " changed since their live index was built. "
					+ "Run a full import of their sources to rebuild them (see README, 'Importing').");
		}
	}

}
