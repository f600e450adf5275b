package be.duaalatlas.index;

import java.util.List;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "catalogueIndices": every kind's live index, and
 * which ones were built from an older definition in {@code search-mappings/} and need a
 * rebuild. Its engine requests go through the {@link EngineProbe} (DOWN when the engine
 * does not answer), so a probe never waits for a hung engine.
 */
@Component("catalogueIndicesHealthIndicator")
class IndexHealthIndicator extends AbstractHealthIndicator {

	private final CatalogueIndices indices;

	private final EngineProbe probe;

	IndexHealthIndicator(CatalogueIndices indices, EngineProbe probe) {
		super("Catalogue indices check failed");
		this.indices = indices;
		this.probe = probe;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		List<IndexState> states = probe.ask(indices::states);
		List<String> stale = states.stream().filter(s -> !s.definitionCurrent()).map(IndexState::kind).toList();
		builder.up().withDetail("indices", states).withDetail("rebuildNeeded", stale);
		if (!stale.isEmpty()) {
			builder.withDetail("hint", "The definitions of " + stale + " changed since their live index was built. "
					+ "Run a full import of their sources to rebuild them (see README, 'Importing').");
		}
	}

}
