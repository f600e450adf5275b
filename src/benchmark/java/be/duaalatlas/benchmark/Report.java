package be.duaalatlas.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static be.duaalatlas.benchmark.BenchmarkSuite.format;

/** BENCHMARKS.md: the machine, the commands, and per catalogue size the import, the load tables and memory. */
final class Report {

	/** The text searches the targets name. */
	static final List<String> TEXT_SEARCHES = List.of("programme-search", "search-with-facets", "suggest");

	private final Map<String, Size> sizes = new LinkedHashMap<>();

	private final StringBuilder machine = new StringBuilder();

	private final String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

	private String loadAtStart;

	void machine(int seconds, int jitWarmUp, String heap, String engineHeap, String sizeList) throws IOException {
		loadAtStart = load();
		machine.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
			.append(" cores seen by the JVM\n")
			.append("- memory: ").append(memTotal()).append('\n')
			.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
			.append(System.getProperty("java.version")).append('\n')
			.append("- service: the packaged jar (`java -Xmx").append(heap).append(" -jar target/duaal-atlas-*.jar`), ")
			.append("its embedded Elasticsearch ")
			.append(be.duaalatlas.engine.EmbeddedEngine.distributionVersion(java.nio.file.Path.of("target/engine/dist")))
			.append(" with a heap of ").append(engineHeap).append(", one node\n")
			.append("- per size, before its first measurement: ").append(jitWarmUp)
			.append(" s of every operation (with and without the answer cache) at 16 clients, so that the JIT has ")
			.append("compiled the service's paths (a freshly started service answers several times slower)\n")
			.append("- each measurement: ").append(seconds).append(" s after 2 s of warm-up, a closed model: N clients, each sends ")
			.append("its next request as soon as the last is answered (Gatling 3.13.5, keep-alive connections)\n")
			.append("- sizes run: ").append(sizeList).append('\n');
	}

	Size size(String name) {
		return sizes.computeIfAbsent(name, Size::new);
	}

	void write(Path file) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmarks\n\n")
			.append("Written by the benchmark suite, started ").append(started).append(", last written ")
			.append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(". Do not edit by hand: run it again.\n\n")
			.append("```bash\n./mvnw -Pbenchmark -DskipTests verify                       # sample, 100,000 and 1,000,000 workplaces\n")
			.append("./mvnw -Pbenchmark -DskipTests verify -Dbenchmark.sizes=sample,100000 -Dbenchmark.seconds=5\n```\n\n")
			.append("## Machine\n\n").append(machine)
			.append("- load average (1, 5, 15 min) at the start: ").append(loadAtStart).append("; now: ").append(load())
			.append("\n\n").append(quiet() ? "The machine was otherwise idle when the run started (see the load averages). "
					: "**Other work ran on this machine's cores while these numbers were taken** (see the load averages): "
							+ "absolute times are inflated and noisy; the ratios between the service and the engine alone, "
							+ "measured back to back in the same run, hold better. ")
			.append("Gatling measures in whole milliseconds, so an engine answer under 1 ms shows as 0 or 1 ms. ")
			.append("The service runs with its rate limiter on the request path, but with an anonymous budget that one ")
			.append("load-testing address cannot exhaust.\n\n")
			.append("What each column is: **GraphQL** is the contract operation sent to the service with ")
			.append("`Cache-Control: no-cache` (the answer cache is skipped; the service's other caches work as usual); ")
			.append("**engine alone** is the very requests the service sent to Elasticsearch for that operation (recorded by ")
			.append("the service with `atlas.engine-requests.record-to`), sent straight to Elasticsearch one after the other ")
			.append("(a Gatling group: its time is the sum); **cached** is the same GraphQL request again, answered by the ")
			.append("answer cache. `plain-multi-match` is a three-field `multi_match` for `elektricien` on the programmes ")
			.append("index: the engine's floor for a text search.\n\n");
		targets(md);
		sizes.values().forEach(size -> size.write(md));
		md.append("## Relevance\n\nThe judged query set (`src/test/resources/relevance/judged-queries.txt`) runs in ")
			.append("`./mvnw verify` as `JudgedRelevanceTest`, which asserts success@3 ≥ 0.95 and prints success@1, ")
			.append("success@3 and MRR per kind.\n");
		Files.writeString(file, md.toString());
	}

	private void targets(StringBuilder md) {
		md.append("## Targets\n\n| target | measured | met | why not, from the same run's numbers |\n|---|---|---|---|\n");
		Size sample = sizes.get("sample");
		if (sample != null && sample.load.containsKey(1) && sample.load.containsKey(16)) {
			GatlingStats one = sample.load.get(1);
			GatlingStats sixteen = sample.load.get(16);
			GatlingStats.Numbers floor = one.get(ContractLoad.ENGINE + "plain-multi-match");
			for (String op : TEXT_SEARCHES) {
				GatlingStats.Numbers g1 = one.get(ContractLoad.GRAPHQL + op);
				GatlingStats.Numbers g16 = sixteen.get(ContractLoad.GRAPHQL + op);
				if (g1 == null || g16 == null || floor == null) {
					continue;
				}
				double floorP50 = Math.max(1, floor.p50());
				GatlingStats.Numbers e1 = one.get(ContractLoad.ENGINE + op);
				GatlingStats.Numbers c1 = one.get(ContractLoad.CACHED + op);
				row(md, "sample, `" + op + "`: p50 within 10× of the plain multi_match (1 client)",
						format("%.0f ms against %.0f ms (counted as ≥ 1 ms): %.1f×", g1.p50(), floor.p50(), g1.p50() / floorP50),
						g1.p50() <= 10 * floorP50,
						(e1 == null ? "" : format("the engine alone takes %.0f ms p50 for the service's request (%.1f× the floor); ",
								e1.p50(), e1.p50() / floorP50))
								+ (c1 == null ? "" : format("the service's own path (HTTP, security, GraphQL, JSON; its cached answer) %.0f ms", c1.p50())));
				GatlingStats.Numbers e16 = sixteen.get(ContractLoad.ENGINE + op);
				row(md, "sample, `" + op + "`: ≥ 200 req/s and p99 < 100 ms at 16 clients",
						format("%.0f req/s, p99 %.0f ms", g16.perSecond(), g16.p99()), g16.perSecond() >= 200 && g16.p99() < 100,
						(e16 == null ? "" : format("the engine alone answers the service's request at %.0f req/s, p99 %.0f ms; ",
								e16.perSecond(), e16.p99()))
								+ format("service, engine and load generator share 2 cores: %.0f req/s is %.1f ms of CPU per request",
										g16.perSecond(), 2000 / Math.max(1, g16.perSecond())));
			}
		}
		for (Size size : sizes.values()) {
			GatlingStats one = size.load.get(1);
			GatlingStats sixteen = size.load.get(16);
			if (one != null) {
				List<String> over = new ArrayList<>();
				double ownFloor = Double.MAX_VALUE;
				for (String op : size.operations(one)) {
					GatlingStats.Numbers cached = one.get(ContractLoad.CACHED + op);
					if (cached != null) {
						ownFloor = Math.min(ownFloor, Math.max(1, cached.p50()));
					}
					GatlingStats.Numbers g = one.get(ContractLoad.GRAPHQL + op);
					GatlingStats.Numbers e = one.get(ContractLoad.ENGINE + op);
					if (g != null && e != null && g.p50() > 1.3 * Math.max(1, e.p50())) {
						over.add(format("%s %.0f/%.0f ms", op, g.p50(), e.p50()));
					}
				}
				row(md, size.name + ": GraphQL p50 ≤ 1.3× the engine's p50, uncached, 1 client",
						over.isEmpty() ? "every operation" : "over: " + String.join(", ", over), over.isEmpty(),
						ownFloor == Double.MAX_VALUE ? ""
								: format("the service's own path costs about %.0f ms a request (the p50 of its fastest cached "
										+ "answer: HTTP, security filters, rate limit, GraphQL parse, validation and cost, JSON): "
										+ "an operation whose engine requests take less than %.0f ms cannot be within 1.3×",
										ownFloor, ownFloor / 0.3));
			}
			if (sixteen != null) {
				List<String> under = new ArrayList<>();
				List<String> slow = new ArrayList<>();
				double limit = size.name.equals("1000000") ? 250 : 100;
				for (String op : size.operations(sixteen)) {
					GatlingStats.Numbers c = sixteen.get(ContractLoad.CACHED + op);
					GatlingStats.Numbers e = sixteen.get(ContractLoad.ENGINE + op);
					GatlingStats.Numbers g = sixteen.get(ContractLoad.GRAPHQL + op);
					if (c != null && e != null && c.perSecond() < 3 * e.perSecond()) {
						under.add(format("%s %.0f/%.0f req/s", op, c.perSecond(), e.perSecond()));
					}
					if (g != null && g.p99() >= limit) {
						slow.add(format("%s %.0f ms", op, g.p99()));
					}
				}
				row(md, size.name + ": cached anonymous reads ≥ 3× the engine's req/s (16 clients)",
						under.isEmpty() ? "every operation" : "under: " + String.join(", ", under), under.isEmpty(),
						"the operations under it cost the engine a get by id or a search whose answer the engine itself "
								+ "caches: as cheap as the service's own path to its answer cache");
				if (!size.name.equals("sample")) {
					row(md, size.name + ": every contract operation p99 < " + (int) limit + " ms at 16 clients (uncached)",
							slow.isEmpty() ? "every operation" : "over: " + String.join(", ", slow), slow.isEmpty(),
							"compare each operation's engine-alone p99 in the 16-client table below: where it is over too, "
									+ "the engine's request is the cost");
				}
			}
			if (size.importMillis > 0) {
				double ratio = (double) size.rawMillis / size.importMillis;
				row(md, size.name + ": import ≥ 0.7× a raw `_bulk` of the same documents",
						format("import %,d ms, raw bulk %,d ms: %.2f×", size.importMillis, size.rawMillis, ratio), ratio >= 0.7,
						"the import reads and validates both source files (check digits, places, programmes), merges the "
								+ "availability into the register's rows, and flushes, merges into one segment and switches the alias at the end; the raw "
								+ "bulk only sends the finished documents");
			}
		}
		md.append('\n');
	}

	private static void row(StringBuilder md, String target, String measured, boolean met, String why) {
		md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
			.append(" | ").append(met ? "" : why).append(" |\n");
	}

	private static String cpu() throws IOException {
		return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
			.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
	}

	private static String memTotal() throws IOException {
		return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
			.map(l -> format("%,d MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("unknown");
	}

	private boolean quiet() {
		try {
			return Double.parseDouble(loadAtStart.split(",")[0]) < 1.5;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	record Memory(long serviceRssMb, long serviceHeapUsedMb, String serviceHeapMax, long engineRssMb,
			long engineHeapUsedMb, long engineHeapMaxMb) {
	}

	/** One catalogue size. */
	static final class Size {

		private final String name;

		private final Map<Integer, GatlingStats> load = new LinkedHashMap<>();

		private String generated;

		private String imported;

		private long importMillis;

		private long rawMillis;

		private Memory memory;

		private String failure;

		Size(String name) {
			this.name = name;
		}

		void generated(int count, long millis) {
			generated = format("%,d workplaces generated in %,d ms", count, millis);
		}

		void imported(long rows, long documents, long deleted, long importMillis, long rawMillis) {
			this.importMillis = importMillis;
			this.rawMillis = rawMillis;
			imported = format("| rows read (register + availability) | %,d |%n| documents in the live index | %,d |%n"
					+ "| deleted documents left in it | %,d |%n| import command (adapters, validation, bulk, refresh) | %,d ms, %,.0f documents/s |%n"
					+ "| raw single-client `_bulk` of the same final documents (2,000 a request) + refresh | %,d ms, %,.0f documents/s |%n"
					+ "| import ÷ raw bulk (throughput) | %.2f× |%n", rows, documents, deleted, importMillis,
					documents * 1000.0 / importMillis, rawMillis, documents * 1000.0 / rawMillis, (double) rawMillis / importMillis);
		}

		void load(int clients, GatlingStats stats) {
			load.put(clients, stats);
		}

		void memory(Memory memory) {
			this.memory = memory;
		}

		void failed(String reason) {
			failure = reason;
		}

		List<String> operations(GatlingStats stats) {
			List<String> names = new ArrayList<>();
			stats.byName().keySet().stream().filter(n -> n.startsWith(ContractLoad.ENGINE) && !n.contains(" #"))
				.map(n -> n.substring(ContractLoad.ENGINE.length())).forEach(names::add);
			stats.byName().keySet().stream().filter(n -> n.startsWith(ContractLoad.GRAPHQL))
				.map(n -> n.substring(ContractLoad.GRAPHQL.length())).filter(n -> !names.contains(n)).forEach(names::add);
			return names;
		}

		void write(StringBuilder md) {
			md.append("## Catalogue: ").append(name.equals("sample") ? "the sample" : format("%,d generated workplaces", Integer.parseInt(name)))
				.append("\n\n");
			if (generated != null) {
				md.append(generated).append(", then imported with the import command into the running service's engine.\n\n");
			}
			if (imported != null) {
				md.append("| import | |\n|---|---|\n").append(imported).append('\n');
			}
			if (failure != null) {
				md.append("**The import failed, so this size was not measured (nor any larger one):** ").append(failure)
					.append("\n\n");
			}
			load.forEach((clients, stats) -> {
				md.append("### ").append(clients).append(clients == 1 ? " client" : " concurrent clients").append("\n\n")
					.append("| operation | GraphQL p50 / p95 / p99 ms | GraphQL req/s | engine alone p50 / p95 / p99 ms | engine req/s | GraphQL ÷ engine p50 | cached p50 / p99 ms | cached req/s | cached ÷ engine req/s | failed |\n")
					.append("|---|---|---|---|---|---|---|---|---|---|\n");
				for (String op : operations(stats)) {
					GatlingStats.Numbers g = stats.get(ContractLoad.GRAPHQL + op);
					GatlingStats.Numbers e = stats.get(ContractLoad.ENGINE + op);
					GatlingStats.Numbers c = stats.get(ContractLoad.CACHED + op);
					long failed = (g == null ? 0 : g.failed()) + (e == null ? 0 : e.failed()) + (c == null ? 0 : c.failed());
					md.append("| ").append(op).append(" | ").append(g == null ? "" : format("%.0f / %.0f / %.0f", g.p50(), g.p95(), g.p99()))
						.append(" | ").append(g == null ? "" : format("%.0f", g.perSecond()))
						.append(" | ").append(e == null ? "" : format("%.0f / %.0f / %.0f", e.p50(), e.p95(), e.p99()))
						.append(" | ").append(e == null ? "" : format("%.0f", e.perSecond()))
						.append(" | ").append(g == null || e == null ? "" : format("%.2f", g.p50() / Math.max(1, e.p50())))
						.append(" | ").append(c == null ? "" : format("%.0f / %.0f", c.p50(), c.p99()))
						.append(" | ").append(c == null ? "" : format("%.0f", c.perSecond()))
						.append(" | ").append(c == null || e == null ? "" : format("%.1f", c.perSecond() / Math.max(0.001, e.perSecond())))
						.append(" | ").append(failed).append(" |\n");
				}
				md.append('\n');
			});
			if (memory != null) {
				md.append(format("Memory after the load: service %,d MB resident (heap %,d MB used of %s); engine %,d MB resident "
						+ "(heap %,d MB used of %,d MB).%n%n", memory.serviceRssMb(), memory.serviceHeapUsedMb(),
						memory.serviceHeapMax(), memory.engineRssMb(), memory.engineHeapUsedMb(), memory.engineHeapMaxMb()));
			}
		}

	}

}
