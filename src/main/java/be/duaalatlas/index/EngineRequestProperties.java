package be.duaalatlas.index;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param recordTo when set, every request the service sends to the engine is appended to
 * this file (one JSON object a line: method, path, body), so that a benchmark can send
 * the very same requests to the engine alone; off by default
 */
@ConfigurationProperties("atlas.engine-requests")
public record EngineRequestProperties(Path recordTo) {
}
