package be.duaalatlas.devidentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The local identity provider: Spring Authorization Server in an application context of
 * its own, on its own port, beside the service in the same JVM (local runs and tests
 * only; its code is not in the jar). One per JVM is shared ({@link #shared}); tests may
 * start, stop and restart others on ports of their own.
 */
public final class DevIdentityProvider {

	static final String PORT = "dev-identity-provider.port";

	static final String ISSUER = "dev-identity-provider.issuer";

	private static DevIdentityProvider shared;

	private final int port;

	private final SigningKeys keys;

	private final Map<String, DevClient> registered = new LinkedHashMap<>();

	private AnnotationConfigServletWebServerApplicationContext context;

	private DevIdentityProvider(int port, SigningKeys keys) {
		this.port = port;
		this.keys = keys;
	}

	/**
	 * The JVM's provider, started on {@code port} (0: any free one) the first time it is
	 * asked for; later calls get the same one, whatever port they ask.
	 */
	public static synchronized DevIdentityProvider shared(int port) {
		if (shared == null) {
			DevIdentityProvider provider = start(port);
			Runtime.getRuntime().addShutdownHook(new Thread(provider::stop, "dev-identity-provider-stop"));
			shared = provider;
		}
		return shared;
	}

	/** A provider of its own on {@code port} (0: any free one), with new keys. */
	public static DevIdentityProvider start(int port) {
		// the issuer names the port, so a free one is chosen before the server starts
		DevIdentityProvider provider = new DevIdentityProvider(port == 0 ? freePort() : port, new SigningKeys());
		provider.startAgain();
		return provider;
	}

	/**
	 * Starts a stopped provider again, on the same port, with the same keys and clients
	 * as before: an outage ends.
	 */
	public synchronized void startAgain() {
		if (context != null) {
			throw new IllegalStateException("the identity provider at " + issuer() + " is running");
		}
		AnnotationConfigServletWebServerApplicationContext started = new AnnotationConfigServletWebServerApplicationContext();
		started.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("devIdentityProvider", Map.of(PORT, port, ISSUER, issuer())));
		started.registerBean("signingKeys", SigningKeys.class, () -> keys);
		started.register(AuthorizationServerBeans.class);
		started.refresh();
		RegisteredClients clients = started.getBean(RegisteredClients.class);
		registered.values().forEach(client -> clients.save(AuthorizationServerBeans.registered(client)));
		context = started;
	}

	/** Stops answering (an outage); {@link #startAgain()} ends it. */
	public synchronized void stop() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	/** Its issuer, what the service's {@code issuer-uri} names. */
	public String issuer() {
		return "http://localhost:" + port;
	}

	public SigningKeys keys() {
		return keys;
	}

	/**
	 * Registers a client beside the sample's (kept across a stop and start), or leaves it
	 * as it is when one with that id is there.
	 */
	public synchronized void register(DevClient client) {
		if (registered.putIfAbsent(client.clientId(), client) == null && context != null) {
			context.getBean(RegisteredClients.class).save(AuthorizationServerBeans.registered(client));
		}
	}

	/** A port nothing listens on now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
