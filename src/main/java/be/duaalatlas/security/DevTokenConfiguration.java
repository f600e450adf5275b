package be.duaalatlas.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Local runs only (profile {@code dev}, which {@code ./mvnw spring-boot:run} and the
 * tests use): trust tokens signed with this machine's dev key pair ({@link DevKeys}).
 * Refuses to start next to a production configuration: the {@code prod} profile, a real
 * identity provider's key set ({@code jwk-set-uri} or {@code public-key-location}), or an
 * issuer other than the dev tokens' own (a production {@code issuer-uri} set outside the
 * jar overrides {@code application-dev.yml}'s). {@code DevTokenConfigurationTest} proves
 * each.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Profile("dev")
class DevTokenConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevTokenConfiguration.class);

	@Bean
	JwtDecoder devTokenDecoder(DevTokenProperties dev, OAuth2ResourceServerProperties resourceServer,
			Environment environment, ObjectProvider<OAuth2TokenValidator<Jwt>> additionalValidators) {
		OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
		if (environment.acceptsProfiles(Profiles.of("prod")) || StringUtils.hasText(jwt.getJwkSetUri())
				|| jwt.getPublicKeyLocation() != null
				|| (StringUtils.hasText(jwt.getIssuerUri()) && !jwt.getIssuerUri().equals(dev.issuer()))) {
			throw new IllegalStateException("Dev tokens (profile 'dev') cannot be switched on in a production "
					+ "configuration (profile 'prod', an identity provider's jwk-set-uri or public-key-location, or "
					+ "an issuer-uri other than the dev tokens' " + dev.issuer() + "); remove the 'dev' profile.");
		}
		if (!StringUtils.hasText(dev.issuer()) || !StringUtils.hasText(jwt.getIssuerUri())
				|| jwt.getAudiences().isEmpty()) {
			throw new IllegalStateException("Dev tokens need atlas.security.dev-tokens.issuer, "
					+ "spring.security.oauth2.resourceserver.jwt.issuer-uri and audiences (application-dev.yml "
					+ "sets them)");
		}
		DevKeys keys = DevKeys.loadOrCreate(dev.keyDir());
		log.warn(
				"DEV TOKENS ON: trusting tokens signed with the local dev key {} in {} (issuer {}); never in production",
				keys.keyId(), dev.keyDir().toAbsolutePath(), jwt.getIssuerUri());
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
		// as Spring Boot's own decoder: its checks, then every validator bean (the
		// lifetime)
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(Tokens.validator(jwt.getIssuerUri(), jwt.getAudiences()));
		additionalValidators.orderedStream().forEach(validators::add);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}

}
