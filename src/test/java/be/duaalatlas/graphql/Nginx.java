package be.duaalatlas.graphql;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Debian's nginx as a caching reverse proxy in front of the service, as a child process
 * of the test with a configuration of its own: it caches in a temporary folder by what
 * the service's {@code Cache-Control}, {@code ETag} and {@code Vary} say (nothing else is
 * configured for caching), revalidates an expired answer with {@code If-None-Match}, and
 * tells in {@code X-Cache-Status} whether an answer came from its cache.
 */
final class Nginx implements AutoCloseable {

	private static final Duration INSTALL = Duration.ofMinutes(10);

	private final Process process;

	private final Path folder;

	private final int port;

	private Nginx(Process process, Path folder, int port) {
		this.process = process;
		this.folder = folder;
		this.port = port;
	}

	/**
	 * Installs nginx when missing (the project's own script) and starts it in front of
	 * the service on {@code upstreamPort}.
	 */
	static Nginx inFrontOf(int upstreamPort) throws IOException, InterruptedException {
		String binary = install();
		Path folder = Files.createTempDirectory("atlas-nginx");
		int port = freePort();
		boolean root = "root".equals(System.getProperty("user.name"));
		Files.writeString(folder.resolve("nginx.conf"), """
				%s
				daemon off;
				worker_processes 1;
				pid %s/nginx.pid;
				error_log %s/error.log notice;
				events { worker_connections 64; }
				http {
				  access_log %s/access.log;
				  client_body_temp_path %s/body;
				  proxy_temp_path %s/proxy;
				  fastcgi_temp_path %s/fastcgi;
				  uwsgi_temp_path %s/uwsgi;
				  scgi_temp_path %s/scgi;
				  proxy_cache_path %s/cache levels=1:2 keys_zone=atlas:1m max_size=64m inactive=10m use_temp_path=off;
				  server {
				    listen 127.0.0.1:%d;
				    location / {
				      proxy_pass http://127.0.0.1:%d;
				      proxy_http_version 1.1;
				      proxy_cache atlas;
				      proxy_cache_revalidate on;
				      add_header X-Cache-Status $upstream_cache_status always;
				    }
				  }
				}
				""".formatted(root ? "user root;" : "", folder, folder, folder, folder, folder, folder, folder, folder,
				folder, port, upstreamPort), StandardCharsets.UTF_8);
		Process process = new ProcessBuilder(binary, "-p", folder.toString(), "-c",
				folder.resolve("nginx.conf").toString(), "-e", folder.resolve("error.log").toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("stdout.log").toFile())
			.start();
		Nginx nginx = new Nginx(process, folder, port);
		try {
			await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("nginx exited: " + nginx.log());
				}
				return listening(port);
			});
		}
		catch (RuntimeException ex) {
			nginx.close();
			throw ex;
		}
		return nginx;
	}

	/**
	 * The path of nginx, installed from Debian's packages by the project's script first.
	 */
	private static String install() throws IOException, InterruptedException {
		Process script = new ProcessBuilder("bash", "src/test/nginx/install-nginx.sh").redirectErrorStream(true)
			.start();
		if (!script.waitFor(INSTALL.toMinutes(), TimeUnit.MINUTES)) {
			script.destroyForcibly();
			throw new IllegalStateException("installing nginx took longer than " + INSTALL);
		}
		String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		if (script.exitValue() != 0) {
			throw new IllegalStateException("src/test/nginx/install-nginx.sh failed: " + output);
		}
		List<String> lines = output.lines().toList();
		return lines.get(lines.size() - 1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + port + pathAndQuery;
	}

	/** nginx's own log lines, for a failure's message. */
	String log() {
		try {
			Path log = folder.resolve("error.log");
			return Files.exists(log) ? Files.readString(log) : "";
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/** Stops nginx (SIGTERM, a fast shutdown) and waits for it, at most 10 s. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
