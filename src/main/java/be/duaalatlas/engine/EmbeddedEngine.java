package be.duaalatlas.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch's minimal distribution run as a child process: security off, loopback
 * only, a single node (the service's engine) or one node of a cluster on this machine
 * ({@link ClusterMembership}). Completed with the project's analysis plugin, run as an
 * unprivileged user when the service runs as root, and cleaned up after a killed service
 * on the next start.
 */
public final class EmbeddedEngine implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);

	static final String PLUGIN_NAME = "duaal-analysis";

	private final EngineProperties properties;

	private final Path home;

	private final Path workDir;

	private final ClusterMembership membership;

	private Process process;

	private int httpPort;

	/**
	 * True when this instance uses an engine another running service started (e.g. the
	 * import command).
	 */
	private boolean attached;

	private EmbeddedEngine(EngineProperties properties, ClusterMembership membership) {
		this.properties = properties;
		this.membership = membership;
		this.home = distribution(properties.home().toAbsolutePath().normalize());
		this.workDir = properties.workDir().toAbsolutePath().normalize();
	}

	/**
	 * Starts the engine and returns once it is healthy (cluster status yellow or green).
	 */
	public static EmbeddedEngine start(EngineProperties properties) {
		EmbeddedEngine engine = new EmbeddedEngine(properties, ClusterMembership.singleNode());
		if (engine.attachToRunning()) {
			return engine;
		}
		engine.startProcess(properties.port() == 0 ? freePort() : requireFree(properties.port()));
		try {
			engine.awaitHealthy();
			engine.recordOwner();
		}
		catch (RuntimeException ex) {
			engine.close();
			throw ex;
		}
		return engine;
	}

	/**
	 * Starts one node of a cluster on this machine and returns at once: a node of a new
	 * cluster becomes healthy only once enough of the others run too
	 * ({@link #awaitHealthy()}). {@code properties.port()} must name its HTTP port.
	 */
	public static EmbeddedEngine launch(EngineProperties properties, ClusterMembership membership) {
		EmbeddedEngine engine = new EmbeddedEngine(properties, membership);
		engine.startProcess(requireFree(properties.port()));
		return engine;
	}

	public int httpPort() {
		return httpPort;
	}

	public String url() {
		return "http://127.0.0.1:" + httpPort;
	}

	/**
	 * Process ids of the engine's processes (launcher and server), for measuring what it
	 * costs.
	 */
	public List<Long> pids() {
		if (process == null) {
			return List.of();
		}
		return Stream.concat(Stream.of(process.toHandle()), process.descendants()).map(ProcessHandle::pid).toList();
	}

	/**
	 * True while the engine process runs (an attached engine is watched by the service
	 * that started it).
	 */
	public boolean isAlive() {
		return attached || (process != null && process.isAlive());
	}

	/** How the last engine process ended, for the log and health; null while it runs. */
	public Integer exitValue() {
		Process current = process;
		return current == null || current.isAlive() ? null : current.exitValue();
	}

	/**
	 * Starts the engine again on the same port and data after its process died, so that
	 * the client the service built for that port finds it again; returns once it is
	 * healthy.
	 */
	public synchronized void restart() {
		if (attached) {
			return;
		}
		if (process != null) {
			close();
		}
		startProcess(requireFree(httpPort));
		try {
			awaitHealthy();
			recordOwner();
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * The distribution folder: {@code home} itself, or its one {@code elasticsearch-*}
	 * folder (how the build unpacks the zip). Left as given when neither is there, for
	 * the start to say what is missing.
	 */
	static Path distribution(Path home) {
		if (Files.isRegularFile(home.resolve("bin/elasticsearch")) || !Files.isDirectory(home)) {
			return home;
		}
		try (Stream<Path> children = Files.list(home)) {
			List<Path> unpacked = children
				.filter(child -> Files.isRegularFile(child.resolve("bin/elasticsearch"))
						&& child.getFileName().toString().startsWith("elasticsearch-"))
				.toList();
			return unpacked.size() == 1 ? unpacked.get(0) : home;
		}
		catch (IOException ex) {
			return home;
		}
	}

	/**
	 * The version of the distribution under {@code home}, read from its folder name
	 * ({@code elasticsearch-<version>}, the version pom.xml names): what a container of
	 * the same engine is tagged with.
	 */
	public static String distributionVersion(Path home) {
		String name = distribution(home.toAbsolutePath().normalize()).getFileName().toString();
		if (!name.startsWith("elasticsearch-")) {
			throw new EngineStartException(
					"No unpacked elasticsearch-<version> folder in " + home + ": run './mvnw generate-resources'");
		}
		return name.substring("elasticsearch-".length());
	}

	private void startProcess(int port) {
		Path launcher = home.resolve("bin/elasticsearch");
		if (!Files.isRegularFile(launcher)) {
			throw new EngineStartException("The Elasticsearch distribution is missing: no " + launcher + ". The build "
					+ "unpacks it from Maven Central: run './mvnw generate-resources' (the README's run command does), "
					+ "or set atlas.engine.home to an unpacked elasticsearch integ-test-zip, or point "
					+ "spring.elasticsearch.uris at a running cluster.");
		}
		Path bundle = properties.pluginBundle().toAbsolutePath().normalize();
		if (!Files.isRegularFile(bundle.resolve("plugin-descriptor.properties"))) {
			throw new EngineStartException("The engine's analysis plugin is not built: no " + bundle
					+ ". Run './mvnw generate-resources', which builds src/analysis-plugin.");
		}
		Path dataDir = workDir.resolve("data");
		Path logsDir = workDir.resolve("logs");
		createDirectories(dataDir, logsDir);
		stopLeftover();
		PluginInstaller.install(bundle, home.resolve("plugins").resolve(PLUGIN_NAME));
		makeLaunchersExecutable();

		httpPort = port;
		List<String> environment = List.of("ES_JAVA_HOME=" + System.getProperty("java.home"),
				"ES_JAVA_OPTS=-Xms" + properties.heap() + " -Xmx" + properties.heap());
		List<String> command = new ArrayList<>(List.of(launcher.toString(), "-p", pidFile().toString()));
		command.addAll(membership.settings(membership.transportPort() == 0 ? freePort() : membership.transportPort()));
		command.addAll(List.of("-E", "xpack.security.enabled=false", "-E", "network.host=127.0.0.1", "-E",
				"http.port=" + httpPort, "-E", "path.data=" + dataDir, "-E", "path.logs=" + logsDir,
				// a small machine with a nearly full disk must not turn the
				// catalogue read-only
				"-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
		if (SystemUser.currentIsRoot()) {
			SystemUser user = SystemUser.ensure(properties.systemUser());
			user.own(home.resolve("config"), home.resolve("plugins"), home.resolve("logs"), workDir);
			log.info("The service runs as root; starting Elasticsearch as the unprivileged user '{}'", user.name());
			command = user.wrap(environment, command);
		}
		else {
			command.addAll(0, prefixed("env", environment));
		}
		// a session of its own: Ctrl-C in a terminal signals the whole foreground process
		// group, which would stop the engine at once under the requests the service still
		// finishes in its graceful shutdown; the service stops the engine last
		Path setsid = Path.of("/usr/bin/setsid");
		if (Files.isExecutable(setsid)) {
			command.add(0, setsid.toString());
		}
		Path console = logsDir.resolve("console.log");
		log.info("Starting embedded Elasticsearch node {} from {} on {} (heap {}, data {}, log {})",
				membership.nodeName(), home, url(), properties.heap(), dataDir, console);
		try {
			process = new ProcessBuilder(command).directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(console.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new EngineStartException("Could not launch " + launcher + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns once the engine answers that its cluster is yellow or green, within
	 * {@code atlas.engine.start-timeout}.
	 */
	public void awaitHealthy() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant started = Instant.now();
		Instant deadline = started.plus(properties.startTimeout());
		while (Instant.now().isBefore(deadline)) {
			if (process != null && !process.isAlive()) {
				throw new EngineStartException("Elasticsearch exited with code " + process.exitValue()
						+ " while starting. Last lines of its log:\n" + logTail());
			}
			try {
				HttpResponse<Void> response = http.send(health, HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					log.info("Embedded Elasticsearch healthy on {} after {} ms", url(),
							Duration.between(started, Instant.now()).toMillis());
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EngineStartException("Interrupted while waiting for Elasticsearch", ex);
			}
			pause(Duration.ofMillis(250));
		}
		throw new EngineStartException("Elasticsearch did not become healthy within " + properties.startTimeout()
				+ " (atlas.engine.start-timeout). Last lines of its log:\n" + logTail());
	}

	/**
	 * A second process of the project on the same work folder (the import command while
	 * the service runs) uses the running engine instead of stopping it as a leftover: the
	 * engine and the service that started it are both alive.
	 */
	private boolean attachToRunning() {
		Optional<ProcessHandle> server = readPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		Optional<ProcessHandle> owner = readLong(workDir.resolve("owner.pid")).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(handle -> handle.pid() != ProcessHandle.current().pid())
			.filter(handle -> handle.info().command().map(c -> c.contains("java")).orElse(false));
		Optional<Long> port = readLong(workDir.resolve("engine.port"));
		if (server.isEmpty() || owner.isEmpty() || port.isEmpty()) {
			return false;
		}
		httpPort = port.get().intValue();
		attached = true;
		log.info("Using the embedded Elasticsearch on {} that the service with pid {} started", url(),
				owner.get().pid());
		awaitHealthy();
		return true;
	}

	private void recordOwner() {
		try {
			Files.writeString(workDir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
			Files.writeString(workDir.resolve("engine.port"), Integer.toString(httpPort));
		}
		catch (IOException ex) {
			throw new EngineStartException("Cannot write the engine's state into " + workDir, ex);
		}
	}

	/** Stops the engine: a polite SIGTERM to the server, then force after 30 s. */
	@Override
	public void close() {
		if (attached || process == null) {
			return;
		}
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		readPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
		tree.forEach(ProcessHandle::destroy);
		process.destroy();
		if (!waitForExit(Duration.ofSeconds(30))) {
			tree.forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			waitForExit(Duration.ofSeconds(10));
		}
		tree.forEach(handle -> handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join());
		log.info("Embedded Elasticsearch stopped");
		process = null;
	}

	/**
	 * Stops an engine a killed process left on this work folder, if any (for callers that
	 * clean the folder before a start, like the tests).
	 */
	public static void stopLeftover(EngineProperties properties) {
		new EmbeddedEngine(properties, ClusterMembership.singleNode()).stopLeftover();
	}

	/**
	 * A service killed with SIGKILL leaves its engine running: find it through its pid
	 * file and stop it.
	 */
	private void stopLeftover() {
		Optional<ProcessHandle> leftover = readPid().flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(this::isThisFoldersEngine);
		if (leftover.isEmpty()) {
			return;
		}
		ProcessHandle server = leftover.get();
		log.warn("Found a leftover Elasticsearch (pid {}) from a service that did not stop cleanly; stopping it",
				server.pid());
		List<ProcessHandle> chain = new ArrayList<>();
		chain.add(server);
		server.parent()
			.filter(p -> p.info().commandLine().map(l -> l.contains("elasticsearch")).orElse(false))
			.ifPresent(chain::add);
		chain.forEach(ProcessHandle::destroy);
		for (ProcessHandle handle : chain) {
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				handle.destroyForcibly();
				handle.onExit().completeOnTimeout(handle, 10, TimeUnit.SECONDS).join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EngineStartException("Interrupted while stopping a leftover engine", ex);
			}
			catch (ExecutionException ex) {
				throw new EngineStartException("Could not stop the leftover engine pid " + handle.pid(), ex);
			}
		}
	}

	/**
	 * Whether a process is the engine this work folder's pid file means, not whatever
	 * took its pid since (on a shared host, another copy's engine, or any process): an
	 * Elasticsearch server of this distribution, started before the pid file was written,
	 * and, where /proc shows it, holding a file of this work folder's data open (its node
	 * lock).
	 */
	private boolean isThisFoldersEngine(ProcessHandle handle) {
		ProcessHandle.Info info = handle.info();
		boolean elasticsearch = info.commandLine()
			.map(line -> line.contains("org.elasticsearch") && line.contains(home.toString()))
			.orElse(false);
		if (!elasticsearch) {
			log.warn("The engine pid file names pid {}, which is not this distribution's Elasticsearch; left alone",
					handle.pid());
			return false;
		}
		try {
			Instant written = Files.getLastModifiedTime(pidFile()).toInstant();
			if (info.startInstant().map(started -> started.isAfter(written.plusSeconds(1))).orElse(false)) {
				log.warn("Pid {} started after the engine pid file was written: another process; left alone",
						handle.pid());
				return false;
			}
		}
		catch (IOException ex) {
			return false;
		}
		Path fds = Path.of("/proc", Long.toString(handle.pid()), "fd");
		if (!Files.isDirectory(fds)) {
			return true;
		}
		Path data = workDir.resolve("data");
		try (Stream<Path> open = Files.list(fds)) {
			boolean ours = open.anyMatch(fd -> {
				try {
					return Files.readSymbolicLink(fd).startsWith(data);
				}
				catch (IOException | UnsupportedOperationException ex) {
					return false;
				}
			});
			if (!ours) {
				log.warn("Pid {} is an Elasticsearch of another work folder (it holds nothing in {}); left alone",
						handle.pid(), data);
			}
			return ours;
		}
		catch (IOException ex) {
			// /proc of another user's process is not readable: the command line and start
			// time decided
			return true;
		}
	}

	/**
	 * Waits a moment between health checks, returning early when the engine process
	 * exits.
	 */
	private void pause(Duration duration) {
		if (process != null) {
			waitForExit(duration);
			return;
		}
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean waitForExit(Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			return false;
		}
	}

	/** The server process's pid, as its pid file says (for fault tests). */
	Optional<Long> serverPid() {
		return readPid();
	}

	private Path pidFile() {
		return workDir.resolve("engine.pid");
	}

	private Optional<Long> readPid() {
		return readLong(pidFile());
	}

	private static Optional<Long> readLong(Path file) {
		try {
			return Optional.of(Long.parseLong(Files.readString(file).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private String logTail() {
		StringBuilder tail = new StringBuilder();
		for (Path file : List.of(workDir.resolve("logs/console.log"))) {
			try {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> tail.append(l).append('\n'));
			}
			catch (IOException | UncheckedIOException ex) {
				tail.append("(no log at ").append(file).append(")\n");
			}
		}
		return tail.toString();
	}

	/** Some archivers drop the executable bit of the launcher scripts. */
	private void makeLaunchersExecutable() {
		try (Stream<Path> files = Stream.concat(Files.list(home.resolve("bin")),
				Files.isDirectory(home.resolve("jdk/bin")) ? Files.list(home.resolve("jdk/bin")) : Stream.empty())) {
			files.forEach(file -> file.toFile().setExecutable(true, false));
		}
		catch (IOException ex) {
			throw new EngineStartException("Cannot read " + home.resolve("bin"), ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new EngineStartException("No free port on the loopback interface", ex);
		}
	}

	private static int requireFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return port;
		}
		catch (IOException ex) {
			throw new EngineStartException("Port " + port + " on 127.0.0.1 is taken by another process, so the "
					+ "embedded Elasticsearch cannot use it. Stop that process, choose another port with "
					+ "atlas.engine.port, or set atlas.engine.port=0 to pick a free one.");
		}
	}

	private static void createDirectories(Path... dirs) {
		try {
			for (Path dir : dirs) {
				Files.createDirectories(dir);
			}
		}
		catch (IOException ex) {
			throw new EngineStartException("Cannot create the engine's folders " + Arrays.toString(dirs), ex);
		}
	}

	private static List<String> prefixed(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
