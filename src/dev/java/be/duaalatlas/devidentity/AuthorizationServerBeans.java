package be.duaalatlas.devidentity;

import java.net.InetAddress;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The beans of the local identity provider's own application context: Spring
 * Authorization Server with the client credentials grant, its discovery documents
 * ({@code /.well-known/openid-configuration},
 * {@code /.well-known/oauth-authorization-server}) and key set ({@code /oauth2/jwks}).
 * Registered by {@link DevIdentityProvider}, never found by the service's component scan
 * (no stereotype annotation).
 */
@EnableWebSecurity
class AuthorizationServerBeans {

	/** The audience the service requires (its {@code ...jwt.audiences}). */
	static final String AUDIENCE = "duaal-atlas";

	static final String ORGANISATION = "org";

	static final String RIGHTS = "rights";

	/** A client's own {@code sub}, instead of its client id. */
	private static final String SUBJECT = "subject";

	@Bean
	TomcatServletWebServerFactory identityProviderServer(Environment environment) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(
				environment.getRequiredProperty(DevIdentityProvider.PORT, Integer.class));
		factory.setAddress(InetAddress.getLoopbackAddress());
		// the endpoints are filters; Tomcat needs a servlet behind them to run its
		// filters
		factory.setRegisterDefaultServlet(true);
		factory.addConnectorCustomizers(connector -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(8);
			}
		});
		return factory;
	}

	@Bean
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
		http.securityMatcher(server.getEndpointsMatcher())
			.with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
			// OpenID Connect's user info endpoint takes access tokens
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	RegisteredClients registeredClients() {
		RegisteredClients clients = new RegisteredClients();
		DevClient.SAMPLE.forEach(client -> clients.save(registered(client)));
		return clients;
	}

	@Bean
	OAuth2AuthorizationService authorizations() {
		return new InMemoryOAuth2AuthorizationService();
	}

	@Bean
	JwtDecoder userInfoTokens(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	@Bean
	AuthorizationServerSettings settings(Environment environment) {
		return AuthorizationServerSettings.builder()
			.issuer(environment.getRequiredProperty(DevIdentityProvider.ISSUER))
			.build();
	}

	/**
	 * What the service reads from a token: the organisation and rights of the client (its
	 * settings), the service's audience, and the signing key named in the header (while a
	 * rotated-out key is still published, the encoder must not have to choose).
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> partnerClaims(SigningKeys keys) {
		return context -> {
			if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				return;
			}
			ClientSettings settings = context.getRegisteredClient().getClientSettings();
			context.getJwsHeader().keyId(keys.current().getKeyID());
			context.getClaims()
				.audience(List.of(AUDIENCE))
				.claim(ORGANISATION, settings.<String>getSetting(ORGANISATION))
				.claim(RIGHTS, settings.<List<String>>getSetting(RIGHTS));
			String subject = settings.getSetting(SUBJECT);
			if (subject != null) {
				context.getClaims().subject(subject);
			}
		};
	}

	static RegisteredClient registered(DevClient client) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(client.clientId())
			.clientSecret("{noop}" + client.secret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientSettings(ClientSettings.builder()
				.setting(ORGANISATION, client.organisation())
				.setting(RIGHTS, List.copyOf(client.rights()))
				.settings(settings -> {
					if (client.subject() != null) {
						settings.put(SUBJECT, client.subject());
					}
				})
				.build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(client.tokenLifetime()).build())
			.build();
	}

}
