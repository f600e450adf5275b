package be.duaalatlas.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dev tokens of a local run (profile {@code dev} only).
 *
 * @param keyDir where the dev key pair is kept (made on first use)
 * @param issuer the issuer of dev tokens; the service trusts them only while it is the
 * resource server's {@code issuer-uri} too
 */
@ConfigurationProperties("atlas.security.dev-tokens")
public record DevTokenProperties(@DefaultValue("target/dev-keys") Path keyDir, String issuer) {
}
