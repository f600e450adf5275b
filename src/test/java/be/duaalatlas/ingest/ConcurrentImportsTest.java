package be.duaalatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import be.duaalatlas.index.PooledConnectionTimeout;
import be.duaalatlas.ingest.ImportLeases.LeaseDocument;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two imports of one kind at once (two instances, two import commands) never build it
 * together: the kind's lease in the engine lets one build while the other waits, and
 * refuses the other (BUSY, nothing done) when it would wait longer than
 * {@code atlas.import-lease.max-wait} (4 s here). The lease is released when an import
 * ends, failed or not, and taken over from a holder that stopped renewing it; one that an
 * ended import of this instance left behind is taken back at once, while a live lease of
 * another instance in the same process is waited for.
 */
class ConcurrentImportsTest extends IngestIntegrationTest {

	@Autowired
	private PooledConnectionTimeout timeouts;

	@Autowired
	private ImportLeaseProperties leaseProperties;

	@Autowired
	private ImportLeases leases;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopThreads() throws InterruptedException {
		threads.shutdownNow();
		assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
	}

	/** Another instance on the same engine: its own leases, its own holder name. */
	private ImportLeases otherInstance() {
		return new ImportLeases(client, timeouts, indices, leaseProperties);
	}

	@Test
	void twoImportsOfOneKindStartedTogetherNeverBuildAtOnce() throws Exception {
		String live = sampleOfferingsLive();
		long records = count(indices.alias("offerings"));
		CountDownLatch go = new CountDownLatch(1);
		List<Future<ImportReport>> imports = List.of(threads.submit(() -> {
			go.await();
			return importKind("offerings", true, sampleOfferings());
		}), threads.submit(() -> {
			go.await();
			return importKind("offerings", true, sampleOfferings());
		}));
		go.countDown();
		List<ImportReport> reports = List.of(imports.get(0).get(120, TimeUnit.SECONDS),
				imports.get(1).get(120, TimeUnit.SECONDS));

		// one builds; the other builds after it, or is refused having waited its 4 s
		List<ImportReport> built = reports.stream()
			.filter(r -> r.status().equals("SUCCEEDED"))
			.sorted(Comparator.comparing(ImportReport::liveIndex,
					Comparator.comparingInt(IngestIntegrationTest::version)))
			.toList();
		assertThat(built).isNotEmpty();
		assertThat(reports).allMatch(r -> r.status().equals("SUCCEEDED") || r.status().equals("BUSY"));
		assertThat(built.get(0).liveIndex()).isEqualTo(indices.alias("offerings") + "-v" + (version(live) + 1));
		if (built.size() == 2) {
			assertThat(version(built.get(1).liveIndex())).isEqualTo(version(live) + 2);
			assertThat(Instant.parse(built.get(1).startedAt()))
				.isAfterOrEqualTo(Instant.parse(built.get(0).finishedAt()));
		}
		else {
			assertThat(reports)
				.anyMatch(r -> r.status().equals("BUSY") && r.failure().contains("another import of offerings"));
		}
		// no mixed index: the live version holds the sample once
		assertThat(liveIndex("offerings")).isEqualTo(built.get(built.size() - 1).liveIndex());
		assertThat(count(indices.alias("offerings"))).isEqualTo(records);
		assertThat(lease("offerings")).isNull();
	}

	@Test
	void anImportWaitsWhileAnotherInstanceImportsTheKindAndBuildsWhenThatOneEnds() throws Exception {
		String live = sampleOfferingsLive();
		Future<ImportReport> waiting;
		try (ImportLeases.Lease held = otherInstance().acquire("offerings")) {
			assertThat(lease("offerings").holder()).isEqualTo(held.holder());
			waiting = threads.submit(() -> importKind("offerings", true, sampleOfferings()));
			// while the other holds the lease, this one builds nothing
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> !waiting.isDone()
						&& indices.versions("offerings").stream().noneMatch(v -> version(v) > version(live)));
		}

		ImportReport report = waiting.get(60, TimeUnit.SECONDS);
		assertThat(report.status()).isEqualTo("SUCCEEDED");
		assertThat(version(report.liveIndex())).isEqualTo(version(live) + 1);
		assertThat(lease("offerings")).isNull();
	}

	@Test
	void anImportThatWouldWaitLongerThanMaxWaitIsRefusedBusyAndDoesNothing() throws Exception {
		String live = sampleOfferingsLive();
		List<String> versions = indices.versions("offerings");
		try (ImportLeases.Lease held = otherInstance().acquire("offerings")) {
			ImportReport report = importKind("offerings", true, sampleOfferings());

			assertThat(report.status()).isEqualTo("BUSY");
			assertThat(report.succeeded()).isFalse();
			assertThat(report.failure()).startsWith("another import of offerings is running (" + held.holder())
				.contains("waited 4 s, nothing was done");
			assertThat(report.liveIndex()).isNull();
			assertThat(indices.versions("offerings")).isEqualTo(versions);
			assertThat(liveIndex("offerings")).isEqualTo(live);
			// a BUSY import is not the kind's last report: that still says how it was
			// built
			assertThat(reports.latest("offerings", 1)).noneMatch(r -> r.id().equals(report.id()));
			assertThat(lease("offerings").holder()).isEqualTo(held.holder());
		}
		assertThat(lease("offerings")).isNull();
	}

	@Test
	void aFailedImportReleasesTheLeaseAndALeaseWhoseHolderDiedIsTakenOver() throws IOException {
		String live = sampleOfferingsLive();
		String header = Files.readAllLines(AdapterTesting.SAMPLE.resolve("offerings/offerings.csv")).get(0);
		ImportReport failed = importKind("offerings", true,
				SourceBatch.of(source("offerings"), AdapterTesting.text("offerings-empty.csv", header + "\n")));
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.failure()).contains("the source holds no rows");
		assertThat(lease("offerings")).isNull();

		// a holder that died mid-import: its lease expired a second ago, unrenewed
		Instant acquired = Instant.now().minusSeconds(61);
		LeaseDocument dead = new LeaseDocument("offerings", "4242@gone/deadbeef", acquired.toString(),
				acquired.toString(), Instant.now().minusSeconds(1).toString());
		client.index(i -> i.index(indices.alias(ImportLeases.INDEX)).id("offerings").document(dead));
		ImportReport report = importKind("offerings", true, sampleOfferings());
		// taken over at once: waiting for it would have been refused BUSY after 4 s
		assertThat(report.status()).isEqualTo("SUCCEEDED");
		assertThat(version(report.liveIndex())).isEqualTo(version(live) + 1);
		assertThat(lease("offerings")).isNull();
	}

	/**
	 * The engine died under an import of this instance and was not back while it tried to
	 * release its lease: the lease stays, renewed a moment ago, valid for its whole ttl
	 * (60 s). This instance knows that import ended, so its next import of the kind takes
	 * the lease back at once instead of waiting (BUSY after 4 s) for the ttl.
	 */
	@Test
	void aLeaseThatAnEndedImportOfThisInstanceLeftBehindIsTakenBackAtOnce() throws IOException {
		String live = sampleOfferingsLive();
		Instant renewed = Instant.now();
		LeaseDocument leftBehind = new LeaseDocument("offerings", leases.instance() + "/deadbeef",
				renewed.minusSeconds(5).toString(), renewed.toString(), renewed.plus(leaseProperties.ttl()).toString());
		client.index(i -> i.index(indices.alias(ImportLeases.INDEX)).id("offerings").document(leftBehind));

		ImportReport report = importKind("offerings", true, sampleOfferings());
		assertThat(report.status()).as(report.failure()).isEqualTo("SUCCEEDED");
		assertThat(version(report.liveIndex())).isEqualTo(version(live) + 1);
		assertThat(lease("offerings")).isNull();

		// the same lease of another instance (same process, other instance name) is
		// waited for
		LeaseDocument another = new LeaseDocument("offerings", otherInstance().instance() + "/deadbeef",
				renewed.toString(), Instant.now().toString(), Instant.now().plus(leaseProperties.ttl()).toString());
		client.index(i -> i.index(indices.alias(ImportLeases.INDEX)).id("offerings").document(another));
		ImportReport refused = importKind("offerings", true, sampleOfferings());
		assertThat(refused.status()).isEqualTo("BUSY");
		assertThat(lease("offerings").holder()).isEqualTo(another.holder());
		client.delete(d -> d.index(indices.alias(ImportLeases.INDEX)).id("offerings"));
	}

	private LeaseDocument lease(String kind) throws IOException {
		var found = client.get(g -> g.index(indices.alias(ImportLeases.INDEX)).id(kind), LeaseDocument.class);
		return found.found() ? found.source() : null;
	}

}
