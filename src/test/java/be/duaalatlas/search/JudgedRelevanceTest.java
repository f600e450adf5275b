package be.duaalatlas.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.GraphQlResults.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged query set ({@code relevance/judged-queries.txt}): what pupils, parents,
 * schools and companies type, in Dutch, French and English with typos and colloquial
 * words, and the records that must come first. Quality is asserted (a right answer in the
 * first three for at least 95% of the queries, for every query whose answer is a
 * programme); success@1, success@3, the mean reciprocal rank and the zero-hit rate (the
 * share of queries that found nothing at all) are printed per kind, so that a change of
 * the text query shows what it does to relevance.
 */
class JudgedRelevanceTest extends AtlasIntegrationTest {

	static final double REQUIRED_SUCCESS_AT_3 = 0.95;

	/** A trade word must always find its programme among the first three. */
	static final double REQUIRED_PROGRAMME_SUCCESS_AT_3 = 1.0;

	@Test
	void theRightRecordsComeFirstForTheJudgedQueries() throws IOException {
		List<JudgedQuery> queries = JudgedQuery.read("/relevance/judged-queries.txt");
		assertThat(queries).as("judged queries").hasSizeGreaterThanOrEqualTo(60);
		Map<String, Score> perKind = new LinkedHashMap<>();
		Score all = new Score();
		List<String> misses = new ArrayList<>();
		for (JudgedQuery query : queries) {
			int rank = rank(query);
			perKind.computeIfAbsent(query.kind(), kind -> new Score()).add(rank);
			all.add(rank);
			if (rank != 1) {
				misses.add(query + " -> " + switch (rank) {
					case NO_HITS -> "no hits at all";
					case 0 -> "not in the first 10";
					default -> "rank " + rank;
				});
			}
		}
		StringBuilder report = new StringBuilder("Judged relevance (" + queries.size() + " queries):\n");
		perKind.forEach((kind, score) -> report.append(score.line(kind)));
		report.append(all.line("ALL"));
		misses.forEach(miss -> report.append("  not first: ").append(miss).append('\n'));
		System.out.println(report);
		assertThat(all.successAt3()).as(report.toString()).isGreaterThanOrEqualTo(REQUIRED_SUCCESS_AT_3);
		assertThat(perKind.get("Programme").successAt3()).as(report.toString())
			.isGreaterThanOrEqualTo(REQUIRED_PROGRAMME_SUCCESS_AT_3);
	}

	/** The rank of a query that found nothing at all: an empty page. */
	static final int NO_HITS = -1;

	/**
	 * The 1-based rank of the first right answer in the first ten hits, 0 when there is
	 * none, {@link #NO_HITS} when nothing was found.
	 */
	private int rank(JudgedQuery query) {
		JsonNode search = data(graphQl.documentName("search/searchJudged")
			.variable("text", query.text())
			.variable("lang", query.lang())
			.variable("kinds", query.kinds())
			.execute(), "search");
		if (search.path("edges").isEmpty()) {
			return NO_HITS;
		}
		int rank = 0;
		for (JsonNode edge : search.path("edges")) {
			rank++;
			if (query.isRight(edge.path("node"))) {
				return rank;
			}
		}
		return 0;
	}

	/** One line of the judged set: {@code language | text | kinds | right answers}. */
	record JudgedQuery(String lang, String text, List<String> kinds, List<String> right) {

		static List<JudgedQuery> read(String resource) throws IOException {
			try (InputStream in = JudgedRelevanceTest.class.getResourceAsStream(resource)) {
				assertThat(in).as(resource).isNotNull();
				List<JudgedQuery> queries = new ArrayList<>();
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String[] parts = line.split("\\|", -1);
					assertThat(parts).as("fields of: " + line).hasSize(4);
					List<String> kinds = parts[2].isBlank() ? null : List.of(parts[2].strip().split("\\s+"));
					queries.add(new JudgedQuery(parts[0].strip(), parts[1].strip(), kinds,
							Arrays.asList(parts[3].strip().split("\\s+"))));
				}
				return queries;
			}
		}

		/** The type of the first right answer: the kind the query is reported under. */
		String kind() {
			return right.get(0).split("[:~]")[0];
		}

		boolean isRight(JsonNode node) {
			String id = node.path("id").asText();
			JsonNode label = node.has("name") ? node.path("name") : node.path("title");
			String name = label.path("value").asText("").toLowerCase(Locale.ROOT);
			for (String answer : right) {
				int tilde = answer.indexOf('~');
				if (tilde < 0 ? id.equals(answer) : id.startsWith(answer.substring(0, tilde) + ":")
						&& name.contains(answer.substring(tilde + 1).replace('_', ' ').toLowerCase(Locale.ROOT))) {
					return true;
				}
			}
			return false;
		}

		@Override
		public String toString() {
			return lang + " '" + text + "'" + (kinds == null ? "" : " " + kinds);
		}

	}

	/**
	 * success@1, success@3, reciprocal ranks and the share of empty pages of a group of
	 * queries.
	 */
	static final class Score {

		private int queries;

		private int empty;

		private int first;

		private int inTop3;

		private double reciprocalRanks;

		void add(int rank) {
			queries++;
			empty += rank == NO_HITS ? 1 : 0;
			first += rank == 1 ? 1 : 0;
			inTop3 += rank >= 1 && rank <= 3 ? 1 : 0;
			reciprocalRanks += rank < 1 ? 0 : 1.0 / rank;
		}

		double successAt3() {
			return (double) inTop3 / queries;
		}

		String line(String kind) {
			return String.format(Locale.ROOT,
					"  %-15s queries %3d  success@1 %.3f  success@3 %.3f  MRR %.3f  zero-hit rate %.3f%n", kind,
					queries, (double) first / queries, successAt3(), reciprocalRanks / queries,
					(double) empty / queries);
		}

	}

}
