package be.duaalatlas.devidentity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The local identity provider refuses to start next to a production configuration: the
 * {@code prod} profile, or an identity provider configured by its issuer, key set or
 * public key. Without the {@code dev} profile it does nothing at all.
 */
class StartDevIdentityProviderTest {

	private final StartDevIdentityProvider starter = new StartDevIdentityProvider(new DeferredLogs());

	private MockEnvironment environment(String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		return environment;
	}

	@Test
	void notNextToTheProdProfile() {
		assertThatIllegalStateException()
			.isThrownBy(() -> starter.postProcessEnvironment(environment("dev", "prod"), new SpringApplication()))
			.withMessageContaining("cannot be switched on in a production configuration")
			.withMessageContaining("'prod'");
	}

	@Test
	void notNextToAnIdentityProviderConfiguredOtherwise() {
		for (String property : new String[] { "issuer-uri", "jwk-set-uri", "public-key-location" }) {
			MockEnvironment environment = environment("dev")
				.withProperty("spring.security.oauth2.resourceserver.jwt." + property, "https://login.example.be");
			assertThatIllegalStateException()
				.isThrownBy(() -> starter.postProcessEnvironment(environment, new SpringApplication()))
				.withMessageContaining("cannot be switched on in a production configuration")
				.withMessageContaining(property);
		}
	}

	@Test
	void withoutTheDevProfileNothingStartsAndNothingIsTrusted() {
		StandardEnvironment environment = new StandardEnvironment();
		starter.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(StartDevIdentityProvider.ISSUER_URI)).isNull();
	}

}
