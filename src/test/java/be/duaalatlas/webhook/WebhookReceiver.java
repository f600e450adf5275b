package be.duaalatlas.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's endpoint for the tests: a real HTTP server on 127.0.0.1 that accepts, fails
 * (HTTP 500) or hangs past the service's read timeout, as told, and keeps every request
 * it got and what it answered.
 */
final class WebhookReceiver implements AutoCloseable {

	enum Mode {

		ACCEPT, FAIL, HANG

	}

	/**
	 * A request as received, and whether it was accepted (answered 2xx).
	 *
	 * @param arrival its place among the requests, as they arrived
	 */
	record Received(int arrival, String delivery, String webhook, String timestamp, String signature, String body,
			boolean accepted) {
	}

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final java.util.concurrent.atomic.AtomicInteger arrivals = new java.util.concurrent.atomic.AtomicInteger();

	private volatile Mode mode = Mode.ACCEPT;

	private volatile CountDownLatch hung = new CountDownLatch(1);

	WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		server.createContext("/hook", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	void mode(Mode next) {
		if (mode == Mode.HANG && next != Mode.HANG) {
			hung.countDown();
		}
		if (next == Mode.HANG) {
			hung = new CountDownLatch(1);
		}
		mode = next;
	}

	/** Every request, in the order they arrived. */
	List<Received> received() {
		return received.stream().sorted(java.util.Comparator.comparingInt(Received::arrival)).toList();
	}

	/**
	 * Requests that arrived so far, answered or not (one that hangs counts from its
	 * arrival).
	 */
	int arrived() {
		return arrivals.get();
	}

	List<Received> accepted() {
		return received().stream().filter(Received::accepted).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int arrival = arrivals.getAndIncrement();
		Mode now = mode;
		if (now == Mode.HANG) {
			// a receiver that does not answer: held until the test stops it hanging
			// (bounded), long after the service gave up
			try {
				hung.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		boolean accept = now == Mode.ACCEPT;
		received.add(new Received(arrival, exchange.getRequestHeaders().getFirst("X-Atlas-Delivery"),
				exchange.getRequestHeaders().getFirst("X-Atlas-Webhook"),
				exchange.getRequestHeaders().getFirst("X-Atlas-Timestamp"),
				exchange.getRequestHeaders().getFirst("X-Atlas-Signature"), body, accept));
		exchange.sendResponseHeaders(accept ? 204 : now == Mode.FAIL ? 500 : 503, -1);
		exchange.close();
	}

	@Override
	public void close() {
		hung.countDown();
		server.stop(0);
		threads.shutdownNow();
	}

}
