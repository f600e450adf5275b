package be.duaalatlas.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which endpoints a webhook may reach, so that nobody turns the service into a client of
 * its own network (server-side request forgery): {@code https} only, to a host whose
 * every address is public. The host is resolved and checked when the webhook is
 * registered and again before every delivery (a name can point elsewhere later). With
 * {@code atlas.webhooks.allow-http-loopback}, {@code http://127.0.0.1:<port>} is also
 * accepted (tests).
 */
@Component
class WebhookUrls {

	static final int MAX_LENGTH = 1000;

	private final boolean allowHttpLoopback;

	WebhookUrls(WebhookProperties properties) {
		this.allowHttpLoopback = properties.allowHttpLoopback();
	}

	/** What is wrong with an endpoint; empty when a delivery may go there now. */
	Optional<String> problem(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
			return Optional.of("an endpoint is an https URL of at most " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("not a URL: " + ex.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
		String host = uri.getHost();
		if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return Optional.of("an endpoint names a host, and no user, password or fragment");
		}
		if (allowHttpLoopback && scheme.equals("http") && host.equals("127.0.0.1")) {
			return Optional.empty();
		}
		if (!scheme.equals("https")) {
			return Optional.of("only https endpoints are accepted");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			return Optional.of("the host '" + host + "' does not resolve");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of("the host '" + host + "' resolves to " + address.getHostAddress()
						+ ", which is not a public address");
			}
		}
		return Optional.empty();
	}

	/**
	 * Not loopback, private, link-local (cloud metadata), unique-local, multicast,
	 * carrier-grade NAT, benchmarking, reserved or unspecified.
	 */
	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first != 0 // "this network"
					&& !(first == 100 && second >= 64 && second <= 127) // shared (CGNAT)
					&& !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF
																			// protocol
					&& !(first == 198 && (second == 18 || second == 19)) // benchmarking
					&& first < 240; // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			boolean uniqueLocal = (first & 0xfe) == 0xfc;
			boolean mappedOrCompatible = isZero(b, 0, 10)
					&& ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || (b[10] == 0 && b[11] == 0));
			return !uniqueLocal && !mappedOrCompatible;
		}
		return false;
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
