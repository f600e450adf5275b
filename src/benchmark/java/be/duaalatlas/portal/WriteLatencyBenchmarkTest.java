package be.duaalatlas.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.SampleRecords;
import be.duaalatlas.SampleRecords.SampleWorkplace;
import be.duaalatlas.index.EngineRequestCounter;
import be.duaalatlas.security.Right;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static be.duaalatlas.portal.PortalTesting.as;
import static be.duaalatlas.portal.PortalTesting.workplace;
import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write latency of {@code setWorkplaceAvailability} through HTTP (token check, rule,
 * conditional update with refresh, journal, audit), 40 writes after a warm-up of 10, each
 * on the version the previous one returned: prints p50/p95/max and engine requests per
 * write. Speed is never asserted; that every write was accepted in order is.
 */
class WriteLatencyBenchmarkTest extends AtlasIntegrationTest {

	private static final int WARM_UP = 10;

	private static final int RUNS = 40;

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void setWorkplaceAvailability() {
		SampleWorkplace target = SampleRecords.company(graphQl);
		HttpGraphQlTester company = as(graphQl, token(target.owner(), Right.WORKPLACES));
		int version = workplace(graphQl, target.establishmentNumber()).version();
		List<Long> micros = new ArrayList<>();
		long requestsBefore = 0;
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			if (i == WARM_UP) {
				requestsBefore = engineRequests.total();
			}
			Map<String, Object> input = new HashMap<>();
			input.put("establishmentNumber", target.establishmentNumber());
			input.put("version", version);
			input.put("lookingForLearner", i % 2 == 0);
			input.put("places", i % 500);
			long start = System.nanoTime();
			int written = company.documentName(WorkplaceAvailabilityMutationTest.SET)
				.variable("input", input)
				.execute()
				.path("setWorkplaceAvailability.workplace.version")
				.entity(Integer.class)
				.get();
			long took = (System.nanoTime() - start) / 1000;
			assertThat(written).isEqualTo(version + 1);
			version = written;
			if (i >= WARM_UP) {
				micros.add(took);
			}
		}
		double requests = (engineRequests.total() - requestsBefore) / (double) RUNS;
		Collections.sort(micros);
		System.out.printf(
				"BENCHMARK setWorkplaceAvailability: p50 %.1f ms, p95 %.1f ms, max %.1f ms, %.1f engine requests "
						+ "per write (%d writes)%n",
				micros.get(RUNS / 2) / 1000.0, micros.get(RUNS * 95 / 100) / 1000.0, micros.get(RUNS - 1) / 1000.0,
				requests, RUNS);
	}

}
