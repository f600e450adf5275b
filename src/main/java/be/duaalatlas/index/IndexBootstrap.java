package be.duaalatlas.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: every kind gets an index if it has none, and a changed definition is reported
 * loudly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final CatalogueIndices indices;

	IndexBootstrap(CatalogueIndices indices) {
		this.indices = indices;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			indices.createMissing();
		}
		catch (RuntimeException ex) {
			// a cluster that is down must not keep the service from starting: queries
			// answer SEARCH_UNAVAILABLE
			log.error("The search cluster is unreachable ({}); the service starts without checking its indices and "
					+ "answers SEARCH_UNAVAILABLE until the cluster is back. Restart it then to load the catalogue.",
					ex.getMessage());
			return;
		}
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
