package be.duaalatlas.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import be.duaalatlas.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A cluster of several nodes of the build's Elasticsearch distribution on loopback, each
 * an {@link EmbeddedEngine} of its own (own HTTP and transport ports, data and logs under
 * {@code workDir/node-<n>}, the analysis plugin, the unprivileged user when root), for
 * the fleet test and the fleet report. Every node is master-eligible and holds data.
 * Starts from empty data; stops every node it started on {@link #close()} and on JVM
 * exit.
 */
public final class LocalCluster implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Node> nodes = new ArrayList<>();

	private final Thread stopOnExit = new Thread(this::stopAll, "local-cluster-stop");

	private LocalCluster() {
	}

	/**
	 * Starts {@code size} nodes of {@code heap} each under {@code workDir} and returns
	 * once the cluster has formed and is healthy.
	 */
	public static LocalCluster start(Path workDir, int size, String heap) {
		LocalCluster cluster = new LocalCluster();
		Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
		List<String> names = IntStream.rangeClosed(1, size).mapToObj(n -> "node-" + n).toList();
		List<Integer> transportPorts = names.stream().map(name -> EmbeddedEngine.freePort()).toList();
		List<String> seedHosts = transportPorts.stream().map(port -> "127.0.0.1:" + port).toList();
		try {
			for (int n = 0; n < size; n++) {
				EngineProperties base = TestEngine.embeddedProperties(workDir.resolve(names.get(n)),
						EmbeddedEngine.freePort());
				EngineProperties properties = new EngineProperties(base.home(), base.pluginBundle(), base.workDir(),
						base.port(), heap, base.startTimeout(), base.systemUser(), base.maxRestartBackOff());
				// a run starts from an empty cluster, whatever an earlier (killed) run
				// left
				EmbeddedEngine.stopLeftover(properties);
				FileSystemUtils.deleteRecursively(properties.workDir().resolve("data").toFile());
				ClusterMembership membership = new ClusterMembership("duaal-atlas-local", names.get(n),
						transportPorts.get(n), seedHosts, names);
				cluster.nodes.add(new Node(names.get(n), properties, membership));
			}
			// the nodes share the distribution's config folder: on a fresh distribution
			// the
			// first node writes its keystore there, and nodes started beside it raced it
			// for
			// elasticsearch.keystore.tmp (exit 74, NoSuchFileException)
			Node first = cluster.nodes.get(0);
			first.launch();
			Path keystore = EmbeddedEngine.distribution(first.properties.home().toAbsolutePath().normalize())
				.resolve("config/elasticsearch.keystore");
			Awaitility.await("the first node's keystore " + keystore)
				.atMost(first.properties.startTimeout())
				.pollInterval(Duration.ofMillis(100))
				.until(() -> Files.exists(keystore) || !first.engine.isAlive());
			cluster.nodes.stream().skip(1).forEach(Node::launch);
			cluster.nodes.forEach(node -> node.engine.awaitHealthy());
			log.info("Local cluster of {} nodes up: {}", size, cluster.uris());
			return cluster;
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	/** Every node's HTTP address, comma-separated: {@code spring.elasticsearch.uris}. */
	public String uris() {
		return String.join(",", nodes.stream().map(node -> node.engine.url()).toList());
	}

	public int size() {
		return nodes.size();
	}

	public String name(int node) {
		return nodes.get(node).name;
	}

	public String url(int node) {
		return nodes.get(node).engine.url();
	}

	public boolean isRunning(int node) {
		EmbeddedEngine engine = nodes.get(node).engine;
		return engine != null && engine.isAlive();
	}

	/** Kills a node's server at once (SIGKILL), as a crash or a pulled plug would. */
	public void kill(int node) {
		Node target = nodes.get(node);
		long pid = target.engine.serverPid().orElseThrow(() -> new IllegalStateException(target.name + " has no pid"));
		log.info("Killing {} (pid {})", target.name, pid);
		ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
	}

	/**
	 * Freezes a node's server (SIGSTOP): it holds its connections and answers nothing, as
	 * a node in a long garbage collection or on a stalled disk does, until
	 * {@link #resume}.
	 */
	public void pause(int node) {
		signal(node, "STOP");
	}

	/** Lets a paused node go on (SIGCONT). */
	public void resume(int node) {
		signal(node, "CONT");
	}

	private void signal(int node, String signal) {
		Node target = nodes.get(node);
		long pid = target.engine.serverPid().orElseThrow(() -> new IllegalStateException(target.name + " has no pid"));
		log.info("SIG{} to {} (pid {})", signal, target.name, pid);
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
			if (!kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || kill.exitValue() != 0) {
				throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Stops a node politely (SIGTERM, as a rolling restart does) and waits for it. */
	public void stop(int node) {
		Node target = nodes.get(node);
		log.info("Stopping {}", target.name);
		target.engine.close();
	}

	/**
	 * Starts a stopped or killed node again on its ports and data; returns once it has
	 * joined and the cluster is at least yellow.
	 */
	public void restart(int node) {
		Node target = nodes.get(node);
		log.info("Starting {} again", target.name);
		target.engine.restart();
	}

	/** The node holding the primary of an index's first shard, or -1 when none does. */
	public int primaryOf(String index) {
		JsonNode shards = get("/_cat/shards/" + index + "?format=json&h=shard,prirep,state,node");
		for (JsonNode shard : shards) {
			if ("p".equals(shard.path("prirep").asText()) && "0".equals(shard.path("shard").asText())) {
				String holder = shard.path("node").asText();
				for (int n = 0; n < nodes.size(); n++) {
					if (nodes.get(n).name.equals(holder)) {
						return n;
					}
				}
			}
		}
		return -1;
	}

	/**
	 * The cluster's status (green, yellow, red) as a running node sees it, or
	 * {@code unreachable} when no node answers.
	 */
	public String health() {
		try {
			return get("/_cluster/health?timeout=1s").path("status").asText("unreachable");
		}
		catch (IllegalStateException ex) {
			return "unreachable";
		}
	}

	/** A GET against the first running node that answers. */
	public JsonNode get(String path) {
		for (int n = 0; n < nodes.size(); n++) {
			if (!isRunning(n)) {
				continue;
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create(url(n) + path)).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				return json.readTree(response.body());
			}
			catch (IOException ex) {
				// the next node
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}
		throw new IllegalStateException("no node of the local cluster answers " + path);
	}

	@Override
	public void close() {
		stopAll();
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is exiting: the hook runs or ran
		}
	}

	private void stopAll() {
		for (Node node : nodes) {
			if (node.engine != null) {
				try {
					node.engine.close();
				}
				catch (RuntimeException ex) {
					log.warn("Stopping {} failed: {}", node.name, ex.getMessage());
				}
			}
		}
	}

	private static final class Node {

		private final String name;

		private final EngineProperties properties;

		private final ClusterMembership membership;

		private EmbeddedEngine engine;

		Node(String name, EngineProperties properties, ClusterMembership membership) {
			this.name = name;
			this.properties = properties;
			this.membership = membership;
		}

		void launch() {
			engine = EmbeddedEngine.launch(properties, membership);
		}

	}

}
