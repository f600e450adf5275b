package be.duaalatlas.engine;

import java.util.List;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.elasticsearch.uris} the service starts its own engine and tells
 * Spring Boot where it is through {@link ElasticsearchConnectionDetails}; everything else
 * talks to "the cluster" without knowing its kind.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoClusterConfigured.class)
class EmbeddedEngineConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedEngine embeddedEngine(EngineProperties properties) {
		return EmbeddedEngine.start(properties);
	}

	/**
	 * Declared after the engine, so it is closed (stops watching) before the engine stops
	 * with the service.
	 */
	@Bean(destroyMethod = "close")
	EngineWatchdog embeddedEngineWatchdog(EmbeddedEngine engine, EngineProperties properties) {
		return new EngineWatchdog(engine, properties.maxRestartBackOff());
	}

	@Bean
	ElasticsearchConnectionDetails embeddedEngineConnectionDetails(EmbeddedEngine engine) {
		return new ElasticsearchConnectionDetails() {
			@Override
			public List<Node> getNodes() {
				return List.of(new Node("127.0.0.1", engine.httpPort(), Node.Protocol.HTTP, null, null));
			}
		};
	}

}
