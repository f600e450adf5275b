package be.duaalatlas.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first step of convergence (at start and after every engine outage): every kind gets
 * an index if it has none, every live index the replicas its definition asks for, and a
 * changed definition is reported loudly.
 */
@Component
@Order(0)
class IndexBootstrap implements ConvergenceStep {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final CatalogueIndices indices;

	IndexBootstrap(CatalogueIndices indices) {
		this.indices = indices;
	}

	@Override
	public String name() {
		return "index check";
	}

	@Override
	public void converge() {
		indices.createMissing();
		indices.applyReplicas();
		for (IndexState state : indices.states()) {
			if (!state.definitionCurrent()) {
				log.warn(
						"Index definition {} changed since the live index {} was built: it needs a rebuild from its "
								+ "sources (full import; the sample catalogue is rebuilt at start)",
						state.definitionFile(), state.liveIndex());
			}
		}
	}

}
