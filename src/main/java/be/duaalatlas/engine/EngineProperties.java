package be.duaalatlas.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Elasticsearch, used when no cluster is configured
 * ({@code spring.elasticsearch.uris} unset).
 *
 * @param home the unpacked minimal distribution, or the folder holding it as its one
 * {@code elasticsearch-<version>} folder (the build unpacks it into
 * {@code target/engine/dist}, so its version is written only in {@code pom.xml})
 * @param pluginBundle the built analysis plugin folder that is copied into
 * {@code home/plugins}
 * @param workDir data, logs and pid file of this engine; kept across restarts of the
 * service
 * @param port HTTP port; 0 picks a free one
 * @param heap JVM heap of the engine, e.g. {@code 512m}
 * @param startTimeout how long to wait for the engine to become healthy
 * @param systemUser the unprivileged user the engine runs as when the service runs as
 * root
 * @param maxRestartBackOff the longest wait between two failed attempts to start a dead
 * engine again
 */
@ConfigurationProperties("atlas.engine")
public record EngineProperties(@DefaultValue("target/engine/dist") Path home,
		@DefaultValue("target/engine/plugin-build/analysis-plugin/target/plugin-bundle/duaal-analysis") Path pluginBundle,
		@DefaultValue("target/engine/run") Path workDir, @DefaultValue("0") int port, @DefaultValue("512m") String heap,
		@DefaultValue("120s") Duration startTimeout, @DefaultValue("duaal-es") String systemUser,
		@DefaultValue("60s") Duration maxRestartBackOff) {
}
