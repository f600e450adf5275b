package be.duaalatlas;

import java.nio.file.Path;
import java.time.Duration;

import be.duaalatlas.engine.EmbeddedEngine;
import be.duaalatlas.engine.EngineProperties;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * One search engine for the whole test JVM, shared by every test: the cluster named by
 * {@code ATLAS_TEST_ELASTICSEARCH_URL}, else Testcontainers' Elasticsearch where Docker
 * runs, else the embedded engine the service itself uses.
 */
public final class TestEngine {

	public static final String URL_VARIABLE = "ATLAS_TEST_ELASTICSEARCH_URL";

	private static String url;

	private TestEngine() {
	}

	public static synchronized String url() {
		if (url == null) {
			url = start();
		}
		return url;
	}

	/** Settings for an extra embedded engine of a test's own (engine lifecycle tests). */
	public static EngineProperties embeddedProperties(Path workDir, int port) {
		return new EngineProperties(Path.of("target/engine/dist"),
				Path.of("target/engine/plugin-build/analysis-plugin/target/plugin-bundle/duaal-analysis"), workDir,
				port, "384m", Duration.ofSeconds(120), "duaal-es", Duration.ofSeconds(60));
	}

	private static String start() {
		String configured = System.getenv(URL_VARIABLE);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		if (dockerAvailable()) {
			ElasticsearchContainer container = new ElasticsearchContainer(
					"docker.elastic.co/elasticsearch/elasticsearch:"
							+ EmbeddedEngine.distributionVersion(Path.of("target/engine/dist")))
				.withEnv("xpack.security.enabled", "false")
				.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return "http://" + container.getHttpHostAddress();
		}
		// every test run starts from an empty engine, so that no run depends on what an
		// earlier one left
		EngineProperties properties = embeddedProperties(Path.of("target/engine/test-run"), 0);
		EmbeddedEngine.stopLeftover(properties);
		FileSystemUtils.deleteRecursively(properties.workDir().resolve("data").toFile());
		EmbeddedEngine engine = EmbeddedEngine.start(properties);
		Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
		return engine.url();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
