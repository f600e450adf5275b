package be.duaalatlas.devidentity;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * With the {@code dev} profile (what {@code ./mvnw spring-boot:run} and the tests use),
 * starts the local identity provider before the service's context and points the service
 * at it exactly as production points it at a real one: Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. Port:
 * {@code atlas.dev-identity-provider.port} (9000 in application-dev.yml, any free one in
 * the tests). Refuses next to a production configuration: the {@code prod} profile, or an
 * identity provider configured otherwise ({@code issuer-uri}, {@code jwk-set-uri},
 * {@code public-key-location}). Registered in {@code META-INF/spring.factories} of the
 * dev source set, so a jar never has it.
 */
public class StartDevIdentityProvider implements EnvironmentPostProcessor, Ordered {

	static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

	private final Log log;

	public StartDevIdentityProvider(DeferredLogFactory logs) {
		this.log = logs.getLog(StartDevIdentityProvider.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("dev"))) {
			return;
		}
		refuseNextToProduction(environment);
		int port = environment.getProperty("atlas.dev-identity-provider.port", Integer.class, 9000);
		DevIdentityProvider provider;
		try {
			provider = DevIdentityProvider.shared(port);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The local identity provider could not start on port " + port
					+ " (another local run may hold it): choose another with --atlas.dev-identity-provider.port", ex);
		}
		log.warn("DEV IDENTITY PROVIDER ON: trusting " + provider.issuer() + ", which issues tokens to the sample's "
				+ "clients (docs/portal.md) by the client credentials grant; never in production");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("devIdentityProvider", Map.of(ISSUER_URI, provider.issuer())));
	}

	static void refuseNextToProduction(ConfigurableEnvironment environment) {
		for (String property : new String[] { "issuer-uri", "jwk-set-uri", "public-key-location" }) {
			if (environment.containsProperty(JWT + property)) {
				throw refused(JWT + property + " is set (" + environment.getProperty(JWT + property) + ")");
			}
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw refused("the profile 'prod' is active");
		}
	}

	private static IllegalStateException refused(String why) {
		return new IllegalStateException("The dev identity provider (profile 'dev') cannot be switched on in a "
				+ "production configuration: " + why + "; remove the 'dev' profile.");
	}

	/**
	 * After the configuration files are read (profiles and application-dev.yml known).
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
