package be.duaalatlas.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production configuration (profile {@code prod}) never trusts the local identity
 * provider: an issuer or key set on {@code http://localhost}, the loopback address or
 * plain http is refused at start; a real provider's https address is accepted. (The other
 * half: the dev provider refuses to start next to a production configuration,
 * {@code StartDevIdentityProviderTest}; and neither its code nor its configuration is in
 * the jar or the image, {@code ImageTest}.)
 */
class ProductionIdentityProviderTest {

	private ApplicationContextRunner service(String issuerUri, String jwkSetUri, String... profiles) {
		OAuth2ResourceServerProperties properties = new OAuth2ResourceServerProperties();
		properties.getJwt().setIssuerUri(issuerUri);
		properties.getJwt().setJwkSetUri(jwkSetUri);
		return new ApplicationContextRunner().withUserConfiguration(IdentityProvider.class)
			.withBean(OAuth2ResourceServerProperties.class, () -> properties)
			.withBean(TokenProperties.class,
					() -> new TokenProperties(Duration.ofHours(24), new TokenProperties.Claims("org", "rights"),
							Duration.ofSeconds(3)))
			.withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles));
	}

	@Test
	void theProdProfileRefusesTheLocalProvider() {
		service("http://localhost:9000", null, "prod").run(ProductionIdentityProviderTest::refused);
		service("https://localhost:9000", null, "prod").run(ProductionIdentityProviderTest::refused);
		service("https://127.0.0.1", null, "prod").run(ProductionIdentityProviderTest::refused);
		service(null, "http://localhost:9000/oauth2/jwks", "prod").run(ProductionIdentityProviderTest::refused);
		service("http://login.example.be", null, "prod").run(ProductionIdentityProviderTest::refused);
	}

	@Test
	void theProdProfileTrustsARealProvider() {
		service("https://login.example.be/realms/duaal", null, "prod")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void withoutTheProdProfileTheIssuerIsNotJudged() {
		// local runs and tests point at the local provider this way
		service("http://localhost:9000", null).run(context -> assertThat(context).hasNotFailed());
	}

	private static void refused(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		assertThat(context.getStartupFailure()).rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Profile 'prod' trusts only an identity provider at an https address");
	}

}
