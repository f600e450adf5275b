package be.duaalatlas.security;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev tokens cannot be switched on in a production configuration: with the {@code dev}
 * profile next to the {@code prod} profile, an identity provider's key set or an issuer
 * other than the dev one, the service does not start; without the {@code dev} profile the
 * dev key pair is not trusted at all.
 */
class DevTokenConfigurationTest {

	static final String DEV_ISSUER = "http://localhost/duaal-atlas-dev";

	@TempDir
	Path keys;

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ DevTokenProperties.class, OAuth2ResourceServerProperties.class })
	static class Properties {

	}

	/** The dev profile's settings, as application-dev.yml gives them. */
	private WebApplicationContextRunner service(String... profiles) {
		return new WebApplicationContextRunner().withUserConfiguration(Properties.class, DevTokenConfiguration.class)
			.withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles))
			.withPropertyValues("atlas.security.dev-tokens.key-dir=" + keys,
					"atlas.security.dev-tokens.issuer=" + DEV_ISSUER,
					"spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DEV_ISSUER,
					"spring.security.oauth2.resourceserver.jwt.audiences[0]=duaal-atlas");
	}

	@Test
	void aLocalRunTrustsTokensOfTheDevKeyPair() {
		service("dev").run(context -> {
			assertThat(context).hasNotFailed();
			String token = Tokens.mint(DevKeys.loadOrCreate(keys), DEV_ISSUER, "duaal-atlas", "company@0400000032",
					"0400000032", Set.of(Right.WORKPLACES), Instant.now(), Instant.now().plusSeconds(60));
			assertThat(context.getBean(JwtDecoder.class).decode(token).getClaimAsString(Tokens.ORGANISATION))
				.isEqualTo("0400000032");
		});
	}

	@Test
	void withoutTheDevProfileNothingTrustsTheDevKeyPair() {
		service().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JwtDecoder.class));
		service("prod").run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JwtDecoder.class));
	}

	@Test
	void theDevProfileNextToTheProdProfileDoesNotStart() {
		service("dev", "prod").run(DevTokenConfigurationTest::refusedAsProduction);
	}

	@Test
	void theDevProfileNextToAnIdentityProvidersKeySetDoesNotStart() {
		service("dev")
			.withPropertyValues(
					"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://login.example.be/oauth2/jwks")
			.run(DevTokenConfigurationTest::refusedAsProduction);
		service("dev")
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.public-key-location=file:/etc/idp/key.pem")
			.run(DevTokenConfigurationTest::refusedAsProduction);
	}

	@Test
	void theDevProfileNextToAnIdentityProvidersIssuerDoesNotStart() {
		// a production issuer-uri set outside the jar (environment, external file) wins
		// over application-dev.yml's
		service("dev")
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.example.be")
			.run(DevTokenConfigurationTest::refusedAsProduction);
	}

	private static void refusedAsProduction(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		assertThat(context.getStartupFailure()).rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be switched on in a production configuration");
	}

}
