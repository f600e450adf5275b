package be.duaalatlas.search;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's cache-fill burst: 2,000 anonymous first pages of 100 workplaces around
 * distinct coordinates (each a new cache entry) leave the heap within a stated bound: the
 * first-page cache's 64 MB, twice over for the error of its weight estimate. Before the
 * cache was bounded by weight, the same burst grew the heap by 1.4 GB.
 */
class CacheBurstTest extends AtlasIntegrationTest {

	private static final long BOUND = 2 * 64L * 1024 * 1024;

	@Test
	void aBurstOfDistinctFirstPagesLeavesTheHeapWithinTheBound() throws Exception {
		long before = usedHeapAfterGc();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		List<Future<?>> requests = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			String lat = "51.%06d".formatted(i);
			requests.add(clients.submit(() -> graphQl
				.document(
						"{ workplaces(near: { lat: " + lat + ", lon: 4, radiusKm: 200 }, first: 100) { totalCount } }")
				.execute()
				.errors()
				.verify()));
		}
		for (Future<?> request : requests) {
			request.get();
		}
		clients.shutdown();
		long after = usedHeapAfterGc();
		System.out.printf("heap after GC: %d MB before, %d MB after 2,000 distinct first pages (bound +%d MB)%n",
				before >> 20, after >> 20, BOUND >> 20);
		assertThat(after - before).isLessThan(BOUND);
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		memory.gc();
		memory.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
