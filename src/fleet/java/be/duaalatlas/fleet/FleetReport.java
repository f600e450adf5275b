package be.duaalatlas.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import be.duaalatlas.fleet.FleetTraffic.Read;
import be.duaalatlas.fleet.FleetTraffic.Refused;

/** The fleet report's figures, written as markdown after every scenario. */
final class FleetReport {

	private final Map<String, String> settings = new LinkedHashMap<>();

	private final List<Scenario> scenarios = new ArrayList<>();

	private String failure;

	void setting(String name, String value) {
		settings.put(name, value);
	}

	void add(Scenario scenario) {
		scenarios.add(scenario);
	}

	void failed(String why) {
		failure = why;
	}

	void write(Path file) {
		StringBuilder md = new StringBuilder("# Fleet report: two instances on a three-node cluster, faults under load\n\n");
		md.append("Written by `./mvnw -Pfleet -DskipTests verify` (`src/fleet/java/be/duaalatlas/fleet/FleetScenarios.java`) at ")
			.append(Instant.now())
			.append(". What each column means: [docs/cluster.md](../../docs/cluster.md).\n\n");
		settings.forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
		md.append("\n| scenario | reads | failed reads | of them while not red | p99 during the fault (ms) | p99 overall (ms) "
				+ "| recovery | writes accepted / not | accepted writes lost | journal gaps | duplicates | out of order "
				+ "| records not as last written | instances alike |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Scenario s : scenarios) {
			md.append(String.format(Locale.ROOT, "| %s | %d | %d %s | %d | %d | %d | %.1f s (%s) | %d / %d %s | %d | %d | %d | %d | %d | %s |%n",
					s.name, s.reads, s.failedReads, s.failedBy, s.failedNotRed, s.p99Fault, s.p99All,
					s.recoveryMillis / 1000.0, s.recoveryWhat, s.accepted, s.refused.size(), s.refusedBy(),
					s.journal.lost(), s.journal.gaps(), s.journal.duplicates(), s.journal.outOfOrder(),
					s.journal.recordsBehind(), s.alike));
		}
		md.append('\n');
		for (Scenario s : scenarios) {
			md.append("### ").append(s.name).append("\n\n");
			s.notes.forEach(note -> md.append("- ").append(note).append('\n'));
			md.append("- cluster statuses seen: ").append(s.statuses).append('\n');
			md.append("- journal: ")
				.append(s.journal.accepted())
				.append(" writes accepted since the start, ")
				.append(s.journal.changes())
				.append(" changes in the feed, ")
				.append(s.journal.unaccepted())
				.append(" of them for writes whose answer said otherwise\n");
			s.journal.problems().stream().limit(10).forEach(problem -> md.append("  - ").append(problem).append('\n'));
			md.append('\n');
		}
		if (failure != null) {
			md.append("**The run stopped early:** ").append(failure).append('\n');
		}
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, md);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One fault under load and what it did. */
	static final class Scenario {

		private final String name;

		private final List<String> notes = new ArrayList<>();

		private long recoveryMillis;

		private String recoveryWhat = "";

		private int reads;

		private int failedReads;

		private String failedBy = "";

		private int failedNotRed;

		private long p99Fault;

		private long p99All;

		private String statuses = "";

		private int accepted;

		private List<Refused> refused = List.of();

		private long resent;

		private JournalCheck journal;

		private String alike = "";

		Scenario(String name) {
			this.name = name;
		}

		void note(String note) {
			notes.add(note);
		}

		void recovery(long millis, String what) {
			recoveryMillis = millis;
			recoveryWhat = what;
		}

		void reads(List<Read> all, List<Read> duringFault, FleetScenarios.HealthLog health) {
			reads = all.size();
			List<Read> failed = all.stream().filter(read -> read.failure() != null).toList();
			failedReads = failed.size();
			failedBy = failed.isEmpty() ? ""
					: failed.stream()
						.collect(Collectors.groupingBy(Read::failure, TreeMap::new, Collectors.counting()))
						.toString();
			failedNotRed = (int) failed.stream().filter(read -> !health.redAround(read.at())).count();
			p99Fault = p99(duringFault);
			p99All = p99(all);
			statuses = health.statuses();
		}

		void writes(int accepted, List<Refused> refused, long resent) {
			this.accepted = accepted;
			this.refused = refused;
			this.resent = resent;
		}

		void journal(JournalCheck check) {
			journal = check;
		}

		void alike(String alike) {
			this.alike = alike;
		}

		String refusedBy() {
			String by = refused.isEmpty() ? ""
					: refused.stream()
						.collect(Collectors.groupingBy(Refused::failure, TreeMap::new, Collectors.counting()))
						.toString();
			return resent == 0 ? by : by + " (" + resent + " sent again after SEARCH_UNAVAILABLE)";
		}

		String summary() {
			return String.format(Locale.ROOT,
					"%s: %d reads, %d failed %s (%d while not red), p99 %d ms during the fault, recovery %d ms; "
							+ "%d writes accepted, %d not %s; %s; alike: %s",
					name, reads, failedReads, failedBy, failedNotRed, p99Fault, recoveryMillis, accepted,
					refused.size(), refusedBy(), journal, alike);
		}

		private static long p99(List<Read> reads) {
			if (reads.isEmpty()) {
				return 0;
			}
			long[] millis = reads.stream().mapToLong(read -> read.nanos() / 1_000_000).sorted().toArray();
			return millis[Math.min(millis.length - 1, (int) Math.ceil(millis.length * 0.99) - 1)];
		}

	}

}
