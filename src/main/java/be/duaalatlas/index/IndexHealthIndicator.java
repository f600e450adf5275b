package be.duaalatlas.index;

import java.util.List;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "catalogueIndices": every kind's live index, and
 * which ones were built from an older definition in {@code search-mappings/} and need a
 * rebuild.
 */
@Component("catalogueIndicesHealthIndicator")
class IndexHealthIndicator extends AbstractHealthIndicator {

	private final CatalogueIndices indices;

	IndexHealthIndicator(CatalogueIndices indices) {
		super("Catalogue indices check failed");
		this.indices = indices;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<IndexState> states = indices.states();
		List<String> stale = states.stream().filter(s -> !s.definitionCurrent()).map(IndexState::kind).toList();
		builder.up().withDetail("indices", states).withDetail("rebuildNeeded", stale);
		if (!stale.isEmpty()) {
			builder.withDetail("hint", "The definitions of " + stale + " changed since their live index was built. "
					+ "Run a full import of their sources to rebuild them (see README, 'Importing').");
		}
	}

}
