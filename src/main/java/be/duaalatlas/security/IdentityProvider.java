package be.duaalatlas.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestTemplate;

/**
 * The service and its identity provider (docs/identity.md). Spring Boot's decoder for
 * {@code issuer-uri} reads the provider's discovery document on the first token, then its
 * key set, again whenever a token names a key it has not seen (key rotation); here every
 * such call is bounded ({@code atlas.security.provider-timeout}), a provider that cannot
 * be reached is a service error (503 {@code AUTHENTICATION_UNAVAILABLE}), not a fault,
 * and with the {@code prod} profile the provider must be a real one.
 */
@Configuration(proxyBeanMethods = false)
class IdentityProvider {

	/** Discovery document and key set within the timeout. */
	@Bean
	JwkSetUriJwtDecoderBuilderCustomizer boundedProviderCalls(TokenProperties properties) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.providerTimeout());
		requests.setReadTimeout(properties.providerTimeout());
		RestTemplate rest = new RestTemplate(requests);
		return builder -> builder.restOperations(rest);
	}

	/**
	 * Profile {@code prod}: the identity provider must be named by an {@code https}
	 * address of another machine, so a production configuration never trusts a local
	 * (dev) provider on {@code http://localhost}; the service does not start otherwise.
	 */
	@Bean
	@Profile("prod")
	RemoteProvider productionIdentityProvider(OAuth2ResourceServerProperties resourceServer) {
		return new RemoteProvider(resourceServer.getJwt().getIssuerUri(), resourceServer.getJwt().getJwkSetUri());
	}

	/** The provider a production configuration trusts: checked when made. */
	record RemoteProvider(String issuerUri, String jwkSetUri) {

		RemoteProvider {
			for (String uri : new String[] { issuerUri, jwkSetUri }) {
				if (StringUtils.hasText(uri) && !isRemoteHttps(uri)) {
					throw new IllegalStateException("Profile 'prod' trusts only an identity provider at an https "
							+ "address of another machine, not " + uri + " (a local or dev provider); see "
							+ "docs/identity.md");
				}
			}
		}

	}

	private static boolean isRemoteHttps(String uri) {
		URI parsed = URI.create(uri);
		if (!"https".equalsIgnoreCase(parsed.getScheme()) || parsed.getHost() == null) {
			return false;
		}
		String host = parsed.getHost();
		if (host.equalsIgnoreCase("localhost") || host.toLowerCase().endsWith(".localhost")) {
			return false;
		}
		try {
			InetAddress address = InetAddress.getByName(host);
			return !address.isLoopbackAddress() && !address.isAnyLocalAddress();
		}
		catch (UnknownHostException ex) {
			// not resolvable here (yet): not a loopback address at least
			return true;
		}
	}

	/**
	 * Boot's decoder for {@code issuer-uri} reads the discovery document on first use and
	 * throws {@link JwtDecoderInitializationException} while the provider is down; it
	 * tries again on the next token. Spring Security would answer it as a fault (500):
	 * here it becomes a {@link JwtException}, which Spring Security reports as an
	 * authentication service failure ({@code AUTHENTICATION_UNAVAILABLE}), like a key set
	 * that cannot be fetched.
	 */
	static JwtDecoder unavailableAsServiceError(JwtDecoder decoder) {
		return token -> {
			try {
				return decoder.decode(token);
			}
			catch (JwtDecoderInitializationException ex) {
				Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
				throw new JwtException("the identity provider's configuration could not be read: " + cause.getMessage(),
						ex);
			}
		};
	}

}
