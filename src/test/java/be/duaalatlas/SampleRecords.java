package be.duaalatlas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Hands each test that writes the sample's records it owns: a record handed out once is
 * never handed out again in this JVM (the suite shares one engine and one sample), so no
 * test depends on another's versions or on offsets picked by hand. The lists are read
 * once through the public API. Records are handed out from the end of the name order: the
 * read-only tests look at the first ones.
 */
public final class SampleRecords {

	private static List<SampleWorkplace> workplaces;

	private static List<String> offerings;

	private static final Set<String> handedOut = new HashSet<>();

	private SampleRecords() {
	}

	/** A workplace of the sample as the register has it; its owner may write it. */
	public record SampleWorkplace(String establishmentNumber, String enterpriseNumber, String sector,
			List<String> partnerships) {

		public boolean soleTrader() {
			return enterpriseNumber == null;
		}

		/**
		 * Whoever may write it: the company, or the sole trader by its establishment
		 * number.
		 */
		public String owner() {
			return soleTrader() ? establishmentNumber : enterpriseNumber;
		}

	}

	/** A company's workplace that no other test received. */
	public static SampleWorkplace company(GraphQlTester graphQl) {
		return workplace(graphQl, w -> !w.soleTrader());
	}

	/** A sole trader's workplace that no other test received. */
	public static SampleWorkplace soleTrader(GraphQlTester graphQl) {
		return workplace(graphQl, SampleWorkplace::soleTrader);
	}

	/** A workplace that fits and that no other test received. */
	public static synchronized SampleWorkplace workplace(GraphQlTester graphQl, Predicate<SampleWorkplace> fits) {
		if (workplaces == null) {
			workplaces = new ArrayList<>();
			pages(graphQl, "sample/workplaces", "workplaces").forEach(node -> {
				List<String> partnerships = new ArrayList<>();
				node.path("recognitions").forEach(r -> partnerships.add(r.path("partnership").path("key").asText()));
				workplaces.add(new SampleWorkplace(node.path("establishmentNumber").asText(),
						node.path("enterpriseNumber").asText(null), node.path("sector").asText(null), partnerships));
			});
		}
		for (int i = workplaces.size() - 1; i >= 0; i--) {
			SampleWorkplace workplace = workplaces.get(i);
			if (fits.test(workplace) && handedOut.add("Workplace:" + workplace.establishmentNumber())) {
				return workplace;
			}
		}
		throw new IllegalStateException("no sample workplace left that fits");
	}

	/** The key of an offering of the sample that no other test received. */
	public static synchronized String offering(GraphQlTester graphQl) {
		if (offerings == null) {
			offerings = new ArrayList<>();
			GraphQlResults.data(graphQl.documentName("sample/offerings").execute(), "search")
				.path("edges")
				.forEach(edge -> offerings.add(edge.path("node").path("id").asText().substring("Offering:".length())));
		}
		for (int i = offerings.size() - 1; i >= 0; i--) {
			String key = offerings.get(i);
			if (handedOut.add("Offering:" + key)) {
				return key;
			}
		}
		throw new IllegalStateException("no sample offering left");
	}

	private static List<JsonNode> pages(GraphQlTester graphQl, String documentName, String connection) {
		List<JsonNode> nodes = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = GraphQlResults.data(graphQl.documentName(documentName).variable("after", after).execute(),
					connection);
			page.path("edges").forEach(edge -> nodes.add(edge.path("node")));
			after = page.path("pageInfo").path("hasNextPage").asBoolean()
					? page.path("pageInfo").path("endCursor").asText() : null;
		}
		while (after != null);
		return nodes;
	}

}
