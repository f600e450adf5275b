package be.duaalatlas.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dev tokens of a local run (profile {@code dev} only).
 *
 * @param keyDir where the dev key pair is kept (made on first use)
 */
@ConfigurationProperties("atlas.security.dev-tokens")
public record DevTokenProperties(@DefaultValue("target/dev-keys") Path keyDir) {
}
