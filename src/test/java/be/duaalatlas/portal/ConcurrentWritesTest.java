package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.portal.PortalTesting.Workplace;
import be.duaalatlas.security.Right;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;

import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.ownCompany;
import static be.duaalatlas.portal.PortalTesting.workplace;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writes that read the same version, sent at the same moment: exactly one wins, the
 * other is a CONFLICT.
 */
class ConcurrentWritesTest extends AtlasIntegrationTest {

	@Test
	void twoWritesOnTheSameVersionEndWithOneConflictAndNoLostUpdate() throws Exception {
		Workplace target = ownCompany(graphQl);
		String bearer = token(target.owner(), Right.WORKPLACES);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				Workplace before = workplace(graphQl, target.establishmentNumber());
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Outcome>> outcomes = new ArrayList<>();
				for (int places : new int[] { 10 + round, 20 + round }) {
					outcomes.add(pool.submit(() -> {
						start.await();
						return write(bearer, before, places);
					}));
				}
				Outcome first = outcomes.get(0).get();
				Outcome second = outcomes.get(1).get();

				assertThat(List.of(first.classification(), second.classification())).as("round %d", round)
					.containsExactlyInAnyOrder("ACCEPTED", "CONFLICT");
				Outcome winner = first.classification().equals("ACCEPTED") ? first : second;
				Workplace after = workplace(graphQl, target.establishmentNumber());
				assertThat(after.version()).isEqualTo(before.version() + 1);
				assertThat(after.places()).isEqualTo(winner.places());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Outcome write(String bearer, Workplace before, int places) {
		Map<String, Object> input = new HashMap<>();
		input.put("establishmentNumber", before.establishmentNumber());
		input.put("version", before.version());
		input.put("lookingForLearner", true);
		input.put("places", places);
		List<ResponseError> errors = new ArrayList<>();
		as(graphQl, bearer).documentName(WorkplaceAvailabilityMutationTest.SET)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(errors::addAll);
		return new Outcome(places, errors.isEmpty() ? "ACCEPTED" : errors.get(0).getErrorType().toString());
	}

	/**
	 * @param classification ACCEPTED, or the error's classification
	 */
	record Outcome(int places, String classification) {
	}

}
