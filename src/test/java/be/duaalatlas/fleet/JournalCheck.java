package be.duaalatlas.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.fleet.FleetTraffic.Accepted;
import be.duaalatlas.fleet.GraphQlOverHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the change feed and the records say about the writes the API accepted, read
 * through the public API of one instance: every accepted write must be in {@code changes}
 * under the number it was given, with its version, each record's changes in the order of
 * their versions, the numbering without gap or duplicate, and every record as its last
 * accepted write left it.
 *
 * @param accepted writes the API accepted
 * @param changes entries of the change feed (workplaces)
 * @param lost accepted writes not in the feed under their number and version
 * @param gaps numbers missing between the first and the last of the feed
 * @param duplicates (record, version) pairs the feed holds more than once
 * @param outOfOrder records whose versions do not rise with the feed's numbers
 * @param unaccepted feed entries for writes the API did not report accepted (a write
 * whose answer was lost on its way)
 * @param recordsBehind records whose version or places are not those of their last
 * accepted write
 */
public record JournalCheck(int accepted, int changes, int lost, int gaps, int duplicates, int outOfOrder,
		int unaccepted, int recordsBehind, List<String> problems) {

	private static final String CHANGES = GraphQlDocuments.text("fleet/changes");

	private static final String RECORD = "query($e: String!) { workplace(establishmentNumber: $e) { version places } }";

	public boolean clean() {
		return lost == 0 && gaps == 0 && duplicates == 0 && outOfOrder == 0 && recordsBehind == 0;
	}

	public static JournalCheck of(String graphqlUrl, List<Accepted> writes) {
		return of(graphqlUrl, writes, List.of());
	}

	/**
	 * @param refused writes the API answered with an error: a duplicate is explained
	 * against them (a write whose answer was an error, kept after all, then sent again)
	 */
	public static JournalCheck of(String graphqlUrl, List<Accepted> writes, List<FleetTraffic.Refused> refused) {
		List<String> problems = new ArrayList<>();
		Map<Long, String> feed = new LinkedHashMap<>();
		// every (record, version) with the numbers and times it is in the feed under
		Map<String, List<String>> numbers = new LinkedHashMap<>();
		Map<String, List<Integer>> versionsByRecord = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		int duplicates = 0;
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("after", after);
			Answer page = GraphQlOverHttp.post(graphqlUrl, CHANGES, variables, null);
			if (!page.ok()) {
				throw new IllegalStateException("changes answered " + page.body());
			}
			for (JsonNode edge : page.data("changes.edges")) {
				JsonNode node = edge.path("node");
				String record = node.path("id").asText().substring("Workplace:".length());
				int version = node.path("version").asInt();
				String key = record + "@" + version;
				long sequence = FleetTraffic.sequence(node.path("cursor").asText());
				numbers.computeIfAbsent(key, k -> new ArrayList<>())
					.add(sequence + " (journaled at " + node.path("changedAt").asText() + ")");
				if (!seen.add(key)) {
					duplicates++;
				}
				feed.put(sequence, key);
				versionsByRecord.computeIfAbsent(record, r -> new ArrayList<>()).add(version);
			}
			after = page.data("changes.pageInfo.hasNextPage").asBoolean()
					? page.data("changes.pageInfo.endCursor").asText() : null;
		}
		while (after != null);

		int lost = 0;
		Set<String> acceptedKeys = new HashSet<>();
		Map<String, Accepted> last = new HashMap<>();
		for (Accepted write : writes) {
			String key = write.recordId() + "@" + write.version();
			acceptedKeys.add(key);
			if (!key.equals(feed.get(write.sequence()))) {
				lost++;
				problems.add("accepted " + key + " as change " + write.sequence() + ", the feed has "
						+ feed.get(write.sequence()) + " there");
			}
			last.merge(write.recordId(), write, (a, b) -> a.version() >= b.version() ? a : b);
		}
		for (Map.Entry<String, List<String>> twice : numbers.entrySet()) {
			if (twice.getValue().size() > 1) {
				problems.add(duplicate(twice.getKey(), twice.getValue(), writes, refused));
			}
		}
		int gaps = 0;
		if (!feed.isEmpty()) {
			long first = feed.keySet().stream().mapToLong(Long::longValue).min().getAsLong();
			long highest = feed.keySet().stream().mapToLong(Long::longValue).max().getAsLong();
			gaps = (int) (highest - first + 1 - feed.size());
			if (gaps > 0) {
				problems.add(gaps + " numbers missing between " + first + " and " + highest);
			}
		}
		int outOfOrder = 0;
		for (Map.Entry<String, List<Integer>> record : versionsByRecord.entrySet()) {
			List<Integer> versions = record.getValue();
			for (int i = 1; i < versions.size(); i++) {
				if (versions.get(i) <= versions.get(i - 1)) {
					outOfOrder++;
					problems.add(record.getKey() + " has version " + versions.get(i) + " after " + versions.get(i - 1));
				}
			}
		}
		int unaccepted = (int) feed.values().stream().filter(key -> !acceptedKeys.contains(key)).count();
		int behind = 0;
		for (Accepted write : last.values()) {
			Answer record = GraphQlOverHttp.post(graphqlUrl, RECORD, Map.of("e", write.recordId()), null);
			int version = record.data("workplace.version").asInt(-1);
			int places = record.data("workplace.places").asInt(-1);
			if (version != write.version() || places != write.places()) {
				behind++;
				problems.add(write.recordId() + " is at version " + version + " with " + places
						+ " places; its last accepted write made it " + write.version() + " with " + write.places());
			}
		}
		return new JournalCheck(writes.size(), feed.size(), lost, gaps, duplicates, outOfOrder, unaccepted, behind,
				problems);
	}

	/**
	 * A duplicate said precisely, for the next run to trace it: where the feed holds it,
	 * under which number the API answered it accepted, and the error answers for that
	 * record around then. Two entries journaled at the same instant are one write kept
	 * twice (its create sent again under a new number); at different instants, a write
	 * answered with an error that was kept after all, then sent again by its writer.
	 */
	private static String duplicate(String key, List<String> where, List<Accepted> writes,
			List<FleetTraffic.Refused> refused) {
		String record = key.substring(0, key.indexOf('@'));
		int version = Integer.parseInt(key.substring(key.indexOf('@') + 1));
		List<String> acceptedAs = writes.stream()
			.filter(w -> w.recordId().equals(record) && w.version() == version)
			.map(w -> "change " + w.sequence() + " (answered at " + java.time.Instant.ofEpochMilli(w.at()) + ")")
			.toList();
		long firstAt = writes.stream()
			.filter(w -> w.recordId().equals(record) && w.version() == version)
			.mapToLong(Accepted::at)
			.min()
			.orElse(Long.MAX_VALUE);
		List<String> errors = refused.stream()
			.filter(r -> r.recordId().equals(record) && Math.abs(r.at() - firstAt) <= 60_000)
			.map(r -> r.failure() + " at " + java.time.Instant.ofEpochMilli(r.at()))
			.toList();
		return "the feed holds " + key + " " + where.size() + " times: as change " + String.join(", ", where)
				+ "; the API answered it accepted as " + (acceptedAs.isEmpty() ? "none" : String.join(", ", acceptedAs))
				+ "; error answers for " + record + " within a minute: " + (errors.isEmpty() ? "none" : errors);
	}

}
