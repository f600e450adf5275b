package be.duaalatlas.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.duaalatlas.engine.LocalCluster;
import be.duaalatlas.fleet.FleetTraffic.Read;
import be.duaalatlas.fleet.FleetTraffic.Target;
import be.duaalatlas.fleet.GraphQlOverHttp.Answer;
import be.duaalatlas.ingest.generator.GenerateCatalogue;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;

import org.awaitility.Awaitility;

/**
 * The fleet report: a three-node cluster of the build's distribution ({@link LocalCluster}),
 * two instances of the packaged service on it ({@code spring.elasticsearch.uris} naming
 * every node), public readers and partner writers spread over both, and one fault after
 * the other: a data node killed and started again, an instance restarted (SIGTERM), a
 * rolling restart of the three nodes, an import of generated workplaces while both
 * serve. After each: the journal check ({@link JournalCheck}) and both instances
 * answering alike. Writes {@code target/fleet/FLEET.md}.
 *
 * <p>
 * Settings (system properties): {@code fleet.scenarios} (default
 * {@code node-kill,instance-restart,rolling-restart,import}), {@code fleet.readers}
 * (16), {@code fleet.think} ms a reader pauses between an answer and its next question
 * (1000), {@code fleet.write-every} ms per writer (500; two writers), {@code fleet.down}
 * seconds a killed node stays down (20), {@code fleet.settle} seconds of load before
 * and after each fault (10), {@code fleet.workplaces} generated for the import (100000),
 * {@code fleet.node-heap} (384m), {@code fleet.service-heap} (384m),
 * {@code fleet.port} of the first instance (18101; the second gets the next).
 */
public final class FleetScenarios {

	private static final Path WORK = Path.of("target/fleet");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** Answers compared between the instances after each scenario. */
	private static final List<String> SAMPLE_QUESTIONS = List.of("catalogue-status", "programme-search",
			"search-with-facets", "workplaces-near-campus", "role-map", "suggest");

	private final List<String> scenarios = List
		.of(System.getProperty("fleet.scenarios", "node-kill,instance-restart,rolling-restart,import").split(","));

	private final int readers = Integer.getInteger("fleet.readers", 16);

	private final long writeEvery = Long.getLong("fleet.write-every", 500);

	private final long think = Long.getLong("fleet.think", 1000);

	private final Duration down = Duration.ofSeconds(Integer.getInteger("fleet.down", 20));

	private final Duration settle = Duration.ofSeconds(Integer.getInteger("fleet.settle", 10));

	private final int generated = Integer.getInteger("fleet.workplaces", 100_000);

	private final String nodeHeap = System.getProperty("fleet.node-heap", "384m");

	private final String serviceHeap = System.getProperty("fleet.service-heap", "384m");

	private final int port = Integer.getInteger("fleet.port", 18101);

	private final List<Instance> instances = new ArrayList<>();

	private final List<FleetTraffic.Accepted> allAccepted = new CopyOnWriteArrayList<>();

	private final List<FleetTraffic.Refused> allErrors = new CopyOnWriteArrayList<>();

	private final FleetReport report = new FleetReport();

	private LocalCluster cluster;

	private Path jar;

	/**
	 * Exits 0 when every scenario ran, 1 when one failed; either way only after the
	 * instances and the cluster were stopped, and never held up by a thread left behind.
	 */
	public static void main(String[] args) {
		int code = 0;
		try {
			new FleetScenarios().run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			code = 1;
		}
		System.exit(code);
	}

	private void run() throws Exception {
		jar = jar();
		Files.createDirectories(WORK);
		Path output = WORK.resolve("FLEET.md");
		report.setting("readers", readers + " clients asking the contract operations in turn, each pausing " + think
				+ " ms after an answer, over both instances");
		report.setting("writers", "2, each on 4 workplaces, one write every " + writeEvery + " ms (read version, write)");
		report.setting("cluster", "3 nodes, heap " + nodeHeap + " each; instances heap " + serviceHeap);
		report.setting("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
				+ loadAverage());
		try {
			long started = System.nanoTime();
			cluster = LocalCluster.start(WORK.resolve("cluster"), 3, nodeHeap);
			report.setting("cluster start", seconds(System.nanoTime() - started) + " s to green");
			for (int i = 0; i < 2; i++) {
				instances.add(new Instance(i, port + i));
			}
			// the first loads the sample catalogue; the second then finds it loaded
			for (Instance instance : instances) {
				long start = System.nanoTime();
				instance.start();
				report.setting("instance " + (instance.index + 1) + " start",
						seconds(System.nanoTime() - start) + " s to ready");
			}
			List<List<Target>> writers = writers();
			warmUp(writers);
			for (String scenario : scenarios) {
				FleetReport.Scenario result = switch (scenario.strip()) {
					case "node-kill" -> nodeKill(writers);
					case "instance-restart" -> instanceRestart(writers);
					case "rolling-restart" -> rollingRestart(writers);
					case "import" -> importWorkplaces(writers);
					default -> throw new IllegalArgumentException("unknown scenario " + scenario);
				};
				report.add(result);
				report.write(output);
				System.out.println(result.summary());
			}
		}
		catch (Exception | Error ex) {
			report.failed(ex.toString());
			throw ex;
		}
		finally {
			report.setting("machine at end", "load average " + loadAverage());
			report.write(output);
			// each stopped whatever stopping another did
			for (Instance instance : instances) {
				try {
					instance.stop();
				}
				catch (RuntimeException ex) {
					System.err.println("Could not stop instance " + (instance.index + 1) + ": " + ex);
				}
			}
			if (cluster != null) {
				cluster.close();
			}
			System.out.println("Wrote " + output);
		}
	}

	/** Fifteen seconds of the whole load, not measured: the instances' JIT and caches. */
	private void warmUp(List<List<Target>> writers) {
		try (FleetTraffic traffic = FleetTraffic.start(urls(), readers, think, writers, writeEvery)) {
			hold(Duration.ofSeconds(15));
			allAccepted.addAll(traffic.accepted());
		}
	}

	private FleetReport.Scenario nodeKill(List<List<Target>> writers) {
		FleetReport.Scenario result = new FleetReport.Scenario("node killed (SIGKILL) and started again");
		try (FleetTraffic traffic = FleetTraffic.start(urls(), readers, think, writers, writeEvery);
				HealthLog health = new HealthLog(cluster)) {
			hold(settle);
			int victim = cluster.primaryOf("write-journal");
			long faultAt = System.currentTimeMillis();
			cluster.kill(victim);
			result.note(cluster.name(victim) + " (holding the write journal's primary) killed, down for "
					+ down.toSeconds() + " s");
			hold(down);
			long restartAt = System.currentTimeMillis();
			cluster.restart(victim);
			awaitGreen();
			long greenAt = System.currentTimeMillis();
			result.recovery(greenAt - restartAt, "from its start to green");
			hold(settle);
			finish(result, traffic, faultAt, greenAt, health);
		}
		return result;
	}

	private FleetReport.Scenario instanceRestart(List<List<Target>> writers) {
		FleetReport.Scenario result = new FleetReport.Scenario("instance restarted (SIGTERM, then started again)");
		Instance restarted = instances.get(1);
		try (FleetTraffic traffic = FleetTraffic.start(urls(), readers, think, writers, writeEvery);
				HealthLog health = new HealthLog(cluster)) {
			hold(settle);
			long faultAt = System.currentTimeMillis();
			// a load balancer stops sending to an instance that is stopping; what it
			// had in flight must still be answered
			traffic.rotation(restarted.index, false);
			long stopped = restarted.stop();
			result.note("instance 2 stopped gracefully in " + stopped + " ms (exit code " + restarted.exitCode() + ")");
			long startAt = System.currentTimeMillis();
			restarted.start();
			long readyAt = System.currentTimeMillis();
			traffic.rotation(restarted.index, true);
			result.recovery(readyAt - faultAt, "from SIGTERM to ready again (start " + (readyAt - startAt) + " ms)");
			hold(settle);
			finish(result, traffic, faultAt, readyAt, health);
		}
		return result;
	}

	private FleetReport.Scenario rollingRestart(List<List<Target>> writers) {
		FleetReport.Scenario result = new FleetReport.Scenario("rolling restart of the three nodes (SIGTERM each)");
		try (FleetTraffic traffic = FleetTraffic.start(urls(), readers, think, writers, writeEvery);
				HealthLog health = new HealthLog(cluster)) {
			hold(settle);
			long faultAt = System.currentTimeMillis();
			List<String> steps = new ArrayList<>();
			for (int node = 0; node < cluster.size(); node++) {
				long stepStart = System.currentTimeMillis();
				cluster.stop(node);
				cluster.restart(node);
				awaitGreen();
				steps.add(cluster.name(node) + " " + (System.currentTimeMillis() - stepStart) + " ms");
			}
			long greenAt = System.currentTimeMillis();
			result.note("each node stopped, started and the cluster green again: " + String.join(", ", steps));
			result.recovery(greenAt - faultAt, "whole rolling restart to green");
			hold(settle);
			finish(result, traffic, faultAt, greenAt, health);
		}
		return result;
	}

	private FleetReport.Scenario importWorkplaces(List<List<Target>> writers) throws Exception {
		FleetReport.Scenario result = new FleetReport.Scenario(
				"import of " + generated + " generated workplaces while both serve");
		Path files = WORK.resolve("generated").toAbsolutePath();
		// the sample's seed and day: its workplaces are the first of these, so the
		// writers' workplaces stay and the import re-applies their accepted writes
		GenerateCatalogue.main(new String[] { "--workplaces=" + generated, "--seed=2026",
				"--today=" + java.time.LocalDate.now(), "--out=" + files });
		String register = Files.readString(files.resolve("recognitions.csv"));
		long kept = writers.stream().flatMap(List::stream).filter(t -> register.contains(t.establishmentNumber())).count();
		result.note(kept + " of the writers' " + writers.stream().mapToInt(List::size).sum()
				+ " workplaces are in the generated register");
		try (FleetTraffic traffic = FleetTraffic.start(urls(), readers, think, writers, writeEvery);
				HealthLog health = new HealthLog(cluster);
				GenerationLog generations = new GenerationLog(urls(), generated / 2)) {
			hold(settle);
			long faultAt = System.currentTimeMillis();
			// two operators start the same import at once: the kind's lease lets one
			// build; the other waits its max-wait, then is refused BUSY (exit 3)
			List<Process> importers = new ArrayList<>();
			List<Path> logs = new ArrayList<>();
			for (int i = 1; i <= 2; i++) {
				Path log = WORK.resolve("import-" + i + ".log");
				logs.add(log);
				importers.add(new ProcessBuilder(java("--spring.profiles.active=import",
						"--spring.main.web-application-type=none", "import", "workplaces",
						"recognition-register=" + files.resolve("recognitions.csv"),
						"workplace-availability=" + files.resolve("availability.csv")))
					.redirectErrorStream(true)
					.redirectOutput(log.toFile())
					.start());
			}
			List<Integer> codes = new ArrayList<>();
			for (Process importer : importers) {
				if (!importer.waitFor(30, TimeUnit.MINUTES)) {
					importer.destroyForcibly().waitFor();
				}
				codes.add(importer.exitValue());
			}
			long doneAt = System.currentTimeMillis();
			Pattern summary = Pattern.compile("workplaces (SUCCEEDED|BUSY|FAILED|UNCHANGED): read (\\d+), imported (\\d+), "
					+ "rejected (\\d+) in (\\d+) ms[^\\n]*");
			for (int i = 0; i < 2; i++) {
				Matcher found = summary.matcher(Files.readString(logs.get(i)));
				result.note("import command " + (i + 1) + " exited " + codes.get(i) + ": "
						+ (found.find() ? found.group() : "no summary; see " + logs.get(i)));
			}
			Awaitility.await("both instances to see the new workplaces")
				.atMost(Duration.ofMinutes(2))
				.until(generations::bothSee);
			result.recovery(doneAt - faultAt, "the import commands, from start to the last one's exit");
			generations.close();
			result.note(generations.summary());
			hold(settle);
			finish(result, traffic, faultAt, doneAt, health);
		}
		return result;
	}

	/**
	 * Stops the load, then checks the journal against every write accepted so far and
	 * that both instances answer alike.
	 */
	private void finish(FleetReport.Scenario result, FleetTraffic traffic, long faultAt, long recoveredAt,
			HealthLog health) {
		traffic.close();
		allAccepted.addAll(traffic.accepted());
		List<Read> reads = traffic.reads(read -> true);
		List<Read> during = traffic.reads(read -> read.at() >= faultAt && read.at() <= recoveredAt);
		result.reads(reads, during, health);
		allErrors.addAll(traffic.errorAnswers());
		result.writes(traffic.accepted().size(), traffic.refused(), traffic.resent());
		result.journal(JournalCheck.of(urls().get(0), allAccepted, allErrors));
		result.alike(instancesAlike());
	}

	/** Whether both instances answer the sample questions alike (within the generation window). */
	private String instancesAlike() {
		List<String> differing = new ArrayList<>();
		Map<String, String> operations = new LinkedHashMap<>();
		for (String name : SAMPLE_QUESTIONS) {
			try {
				operations.put(name, Files.readString(Path.of("frontend-contract", name + ".graphql")));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
				differing.clear();
				operations.forEach((name, query) -> {
					JsonNode first = GraphQlOverHttp.post(urls().get(0), query, null, null).body().path("data");
					JsonNode second = GraphQlOverHttp.post(urls().get(1), query, null, null).body().path("data");
					if (first.isMissingNode() || !first.equals(second)) {
						differing.add(name);
					}
				});
				return differing.isEmpty();
			});
			return "yes (" + String.join(", ", SAMPLE_QUESTIONS) + ")";
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			return "NO: " + String.join(", ", differing);
		}
	}

	private List<List<Target>> writers() {
		return FleetTraffic.writers(urls().get(0), 2, 4);
	}

	private void awaitGreen() {
		Awaitility.await("the cluster green")
			.atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> "green".equals(cluster.health()));
	}

	private List<String> urls() {
		return instances.stream().map(instance -> "http://127.0.0.1:" + instance.port + "/graphql").toList();
	}

	/** Keeps the load running for a while: what is measured is what happens meanwhile. */
	private static void hold(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private List<String> java(String... extra) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xms" + serviceHeap, "-Xmx" + serviceHeap, "-jar", jar.toAbsolutePath().toString(),
				"--spring.elasticsearch.uris=" + cluster.uris()));
		command.addAll(List.of(extra));
		return command;
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("duaal-atlas-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run ./mvnw -Pfleet -DskipTests verify"));
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
					+ Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** A sampler whose thread never keeps the JVM alive. */
	static ScheduledExecutorService daemon(String name) {
		return Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	/** One instance of the packaged service, a process of its own. */
	private final class Instance {

		private final int index;

		private final int port;

		private Process process;

		Instance(int index, int port) {
			this.index = index;
			this.port = port;
		}

		void start() {
			Path log = WORK.resolve("instance-" + (index + 1) + ".log");
			try {
				// the partner writers' tokens come from the local identity provider
				// of this JVM; the instances trust it as production trusts its own
				process = new ProcessBuilder(java("--server.port=" + port,
						"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.provider().issuer(),
						// one address sends the whole load: its budget must not refuse it
						"--atlas.rate-limit.anonymous.requests-per-minute=100000000",
						"--atlas.rate-limit.anonymous.burst=1000000"))
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
					.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot start instance " + (index + 1), ex);
			}
			Awaitility.await("instance " + (index + 1) + " ready (" + log + ")")
				.atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> {
					if (!process.isAlive()) {
						throw new IllegalStateException("instance " + (index + 1) + " exited; see " + log);
					}
					return ready();
				});
		}

		private boolean ready() {
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
							.timeout(Duration.ofSeconds(2))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		/** SIGTERM, and waits for the graceful shutdown; returns how long it took. */
		long stop() {
			if (process == null || !process.isAlive()) {
				return 0;
			}
			long start = System.currentTimeMillis();
			process.destroy();
			try {
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return System.currentTimeMillis() - start;
		}

		int exitCode() {
			return process.isAlive() ? -1 : process.exitValue();
		}

	}

	/** The cluster's status every half second, for how long it was red. */
	static final class HealthLog implements AutoCloseable {

		private final ScheduledExecutorService sampler = daemon("fleet-health");

		private final List<long[]> red = new CopyOnWriteArrayList<>();

		private final Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

		HealthLog(LocalCluster cluster) {
			sampler.scheduleWithFixedDelay(() -> {
				String status = cluster.health();
				seen.add(status);
				if (!"green".equals(status) && !"yellow".equals(status)) {
					red.add(new long[] { System.currentTimeMillis() });
				}
			}, 0, 500, TimeUnit.MILLISECONDS);
		}

		/** Whether a read that ended at {@code at} came while the cluster was red (or unreachable). */
		boolean redAround(long at) {
			return red.stream().anyMatch(sample -> Math.abs(sample[0] - at) <= 1000);
		}

		String statuses() {
			return String.join(", ", seen.stream().sorted().toList());
		}

		long redSamples() {
			return red.size();
		}

		@Override
		public void close() {
			sampler.shutdownNow();
		}

	}

	/**
	 * Both instances' count of live workplaces every 200 ms during an import: whether an
	 * answer from the old version came later than the generation window after the first
	 * answer from the new one, and how far the second instance lagged behind the first.
	 */
	static final class GenerationLog implements AutoCloseable {

		private static final String STATUS = "{ catalogueStatus { kinds { kind records } } }";

		/** How long instances may differ after a switch (CatalogueGeneration's recheck). */
		private static final long WINDOW_MILLIS = 2000;

		private final ScheduledExecutorService sampler = daemon("fleet-generations");

		private final List<String> urls;

		/** Per sample: instance, when it was answered (epoch ms), whether from the new version. */
		private final List<long[]> samples = new CopyOnWriteArrayList<>();

		private final long threshold;

		/** Watches until each instance has more than {@code threshold} live workplaces. */
		GenerationLog(List<String> urls, long threshold) {
			this.urls = urls;
			this.threshold = threshold;
			sampler.scheduleWithFixedDelay(this::sample, 0, 200, TimeUnit.MILLISECONDS);
		}

		private void sample() {
			for (int i = 0; i < urls.size(); i++) {
				Answer answer = GraphQlOverHttp.post(urls.get(i), STATUS, null, null);
				long at = System.currentTimeMillis();
				for (JsonNode kind : answer.data("catalogueStatus.kinds")) {
					String name = kind.path("kind").asText();
					if ("WORKPLACE".equals(name) || "workplaces".equals(name)) {
						samples.add(new long[] { i, at, kind.path("records").asLong() > threshold ? 1 : 0 });
					}
				}
			}
		}

		private long firstNew(int instance) {
			return samples.stream()
				.filter(s -> s[2] == 1 && (instance < 0 || s[0] == instance))
				.mapToLong(s -> s[1])
				.min()
				.orElse(Long.MAX_VALUE);
		}

		boolean bothSee() {
			return firstNew(0) != Long.MAX_VALUE && firstNew(1) != Long.MAX_VALUE;
		}

		String summary() {
			if (!bothSee()) {
				return "not both instances saw the new workplaces";
			}
			long first = firstNew(-1);
			long lateOld = samples.stream().filter(s -> s[2] == 0 && s[1] > first + WINDOW_MILLIS).count();
			long backwards = samples.stream().filter(s -> s[2] == 0 && s[1] > firstNew((int) s[0])).count();
			return samples.size() + " answers of both instances sampled during the import; the second instance "
					+ "followed the first within " + Math.abs(firstNew(0) - firstNew(1))
					+ " ms (every 200 ms; the generation window is 2 s); answers from the old version more than 2 s "
					+ "after the first from the new one: " + lateOld + "; an instance answering from the old version "
					+ "after it had answered from the new one: " + backwards;
		}

		@Override
		public void close() {
			sampler.shutdownNow();
		}

	}

}
