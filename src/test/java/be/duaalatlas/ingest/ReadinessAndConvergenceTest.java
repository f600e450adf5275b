package be.duaalatlas.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.TestEngine;
import be.duaalatlas.engine.EmbeddedEngine;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.LiveIndex;
import be.duaalatlas.ingest.generator.SampleWorkplaces;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.util.FileSystemUtils;

import static be.duaalatlas.PrometheusText.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness, liveness and convergence on an engine of this test's own (own work folder,
 * emptied first: a cold start), with the service started here so that its start can be
 * watched and disturbed: readiness is OUT_OF_SERVICE and GraphQL answers
 * SEARCH_UNAVAILABLE while the sample loads; the engine killed (SIGKILL) during start-up
 * is started again by the watchdog and the service, without a restart, loads the whole
 * sample catalogue and becomes ready; an engine killed later takes readiness, never
 * liveness, and a write accepted before it is there after; an engine killed in the middle
 * of a sample import fails that import, and the whole sample comes back with the writes.
 * The import lease's ttl is 10 minutes here, longer than any wait for readiness, and a
 * failed import tries to release its lease only once: the kind's next import must take
 * back the lease the killed import left behind at once, never wait for its ttl.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessAndConvergenceTest {

	private static final Path WORK = Path.of("target/engine/readiness-test");

	/**
	 * From an engine killed to a ready service: the watchdog's restart (~15 s), at most
	 * one back-off (10 s) and the sample's load (~25 s) on an idle 2-core machine; up to
	 * 255 s were measured on one running other builds (load average 45-55), so the bound
	 * leaves more than that. Shorter than the import lease's ttl here.
	 */
	private static final Duration READY_AFTER_A_KILL = Duration.ofSeconds(450);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static ServiceStartedAside service;

	@BeforeAll
	static void startTheServiceOnAnEmptyEngine() throws IOException {
		EmbeddedEngine.stopLeftover(TestEngine.embeddedProperties(WORK, 0));
		FileSystemUtils.deleteRecursively(WORK.resolve("data"));
		// started aside: its start (engine, indices, sample) is what the tests watch
		service = ServiceStartedAside.start("--atlas.engine.work-dir=" + WORK, "--atlas.engine.heap=384m",
				"--atlas.engine.start-timeout=300s", "--atlas.index.prefix=ready-",
				// a lease the killed import left behind, if waited for, would keep the
				// service from being ready for longer than any wait here
				"--atlas.import-lease.ttl=10m", "--atlas.import-lease.release-for=0s");
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Test
	@Order(1)
	void notReadyUntilTheSampleIsSearchableThenReadyAfterAnEngineKilledAtStartWithoutARestart() throws Exception {
		// the web server answers once the engine runs; the indices and the sample come
		// after
		await().atMost(Duration.ofSeconds(300))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> service.status("/actuator/health/readiness") > 0);
		JsonNode readiness = service.get("/actuator/health/readiness", null);
		assertThat(readiness.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
		// probes are anonymous: the status, never the details
		assertThat(readiness.has("components")).as(readiness.toString()).isFalse();
		JsonNode early = service
			.post("{ place(postcode: \"9000\") { name { value } } programmes(text: \"kapper\") { totalCount } }", null);
		assertThat(early.path("errors").path(0).path("extensions").path("classification").asText())
			.isEqualTo("SEARCH_UNAVAILABLE");
		assertThat(early.path("errors").path(0).path("message").asText()).contains("loading");
		assertThat(early.path("data").path("place").isMissingNode() || early.path("data").path("place").isNull())
			.as(early.toString())
			.isTrue();

		signal("KILL", enginePid());
		long killed = System.nanoTime();
		await().atMost(Duration.ofSeconds(30)).until(() -> service.status("/actuator/health/liveness") == 200);
		assertThat(service.status("/actuator/health/readiness")).isEqualTo(503);

		await().atMost(READY_AFTER_A_KILL).pollInterval(Duration.ofMillis(500)).until(service::ready);
		System.out.printf("ready %d s after the engine was killed during start-up%n",
				Duration.ofNanos(System.nanoTime() - killed).toSeconds());

		// ready means served: the whole sample, at once
		Map<String, Long> records = service.sampleRecords();
		System.out.println("after the kill at start: " + records);
		assertThat(records.values()).allSatisfy(count -> assertThat(count).isPositive());
		assertThat(records.get("workplaces")).isEqualTo(SampleWorkplaces.WORKPLACES);
		service.answersASearch();
	}

	@Test
	@Order(2)
	void anEngineOutageTakesReadinessNotLivenessAndAWriteAcceptedBeforeItStays() throws Exception {
		await().atMost(READY_AFTER_A_KILL).until(service::ready);
		AcceptedWrite write = acceptAWrite();

		signal("KILL", enginePid());
		long killed = System.nanoTime();
		// within one check (2 s) and a connection refused
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> service.status("/actuator/health/readiness") == 503);
		assertThat(service.get("/actuator/health/liveness", null).path("status").asText()).isEqualTo("UP");
		assertThat(service.status("/actuator/health/liveness")).isEqualTo(200);

		await().atMost(READY_AFTER_A_KILL).pollInterval(Duration.ofMillis(500)).until(service::ready);
		System.out.printf("ready %d s after the engine of a ready service was killed%n",
				Duration.ofNanos(System.nanoTime() - killed).toSeconds());
		write.isStillThere();
	}

	/**
	 * The sample import made to run on a service that has served (and taken writes): the
	 * catalogue's indices are deleted behind its back (by hand, or a snapshot restored
	 * without them; the journal and the import reports stay) and the engine is killed, so
	 * the convergence after the watchdog's restart loads the whole sample. The engine is
	 * killed again while that import is observably running (the import gauge an operator
	 * watches), and the service, without a restart, must come back whole.
	 */
	@Test
	@Order(3)
	void anEngineKilledDuringASampleImportFailsThatImportAndTheWholeSampleComesBackWithTheWrites() throws Exception {
		await().atMost(READY_AFTER_A_KILL).until(service::ready);
		Map<String, Long> before = service.sampleRecords();
		AcceptedWrite write = acceptAWrite();
		String metrics = service.metrics();
		Map<String, Double> succeededBefore = perSampleKind(metrics, "atlas_imports_total", ",status=\"SUCCEEDED\"");

		CatalogueIndices indices = service.context().getBean(CatalogueIndices.class);
		List<String> live = new ArrayList<>();
		SampleCatalogue.LAYOUT.keySet().forEach(kind -> indices.live(kind).map(LiveIndex::index).ifPresent(live::add));
		assertThat(live).hasSize(SampleCatalogue.LAYOUT.size());
		String engine = service.context().getBean(EmbeddedEngine.class).url();
		HttpResponse<String> deleted = http.send(
				HttpRequest.newBuilder(URI.create(engine + "/" + String.join(",", live))).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
		signal("KILL", enginePid());

		// the watchdog's restart, then the convergence loads the sample kind by kind
		AtomicReference<String> importing = new AtomicReference<>();
		await().atMost(READY_AFTER_A_KILL).pollInterval(Duration.ofMillis(100)).until(() -> {
			Map<String, Double> running = perSampleKind(service.metrics(), "atlas_import_running", "");
			running.forEach((kind, value) -> {
				if (value == 1) {
					importing.set(kind);
				}
			});
			return importing.get() != null;
		});
		signal("KILL", enginePid());
		long killed = System.nanoTime();
		System.out.println("engine killed while the sample import of " + importing.get() + " ran");
		assertThat(service.ready()).isFalse();

		await().atMost(READY_AFTER_A_KILL).pollInterval(Duration.ofMillis(500)).until(service::ready);
		System.out.printf("ready %d s after the engine was killed during the sample import%n",
				Duration.ofNanos(System.nanoTime() - killed).toSeconds());

		// the interrupted import is reported FAILED: counted at once, its report written
		// to the engine once it was back
		metrics = service.metrics();
		assertThat(sample(metrics, "atlas_imports_total{kind=\"" + importing.get() + "\",status=\"FAILED\"}"))
			.isPositive();
		assertThat(service.context().getBean(ImportReports.class).latest(importing.get(), 10))
			.extracting(ImportReport::status)
			.contains("FAILED");
		// its lease, left behind (the engine was down while it tried to release it), was
		// taken back by the next import of the kind, which waited for no one
		assertThat(perSampleKind(metrics, "atlas_imports_total", ",status=\"BUSY\"").values())
			.as("imports refused BUSY")
			.allMatch(count -> count == 0);
		// every kind of the sample imported again, to the count of before
		Map<String, Double> succeededAfter = perSampleKind(metrics, "atlas_imports_total", ",status=\"SUCCEEDED\"");
		SampleCatalogue.LAYOUT.keySet()
			.forEach(kind -> assertThat(succeededAfter.get(kind)).as(kind).isGreaterThan(succeededBefore.get(kind)));
		assertThat(service.sampleRecords()).isEqualTo(before);
		service.answersASearch();
		write.isStillThere();
	}

	/**
	 * A metric's value per sample kind (0 where absent); {@code tags} follow the kind.
	 */
	private static Map<String, Double> perSampleKind(String metrics, String name, String tags) {
		Map<String, Double> values = new java.util.LinkedHashMap<>();
		SampleCatalogue.LAYOUT.keySet()
			.forEach(kind -> values.put(kind, sample(metrics, name + "{kind=\"" + kind + "\"" + tags + "}")));
		return values;
	}

	/**
	 * A workplace's availability, written through the portal mutation with its company's
	 * token.
	 */
	private static AcceptedWrite acceptAWrite() throws Exception {
		JsonNode workplace = service.post(
				"{ search(filter: { kinds: [WORKPLACE] }, sort: NAME, first: 1) { edges { node { ... on Workplace { establishmentNumber enterpriseNumber version places } } } } }",
				null)
			.path("data")
			.path("search")
			.path("edges")
			.path(0)
			.path("node");
		String establishment = workplace.path("establishmentNumber").asText();
		int version = workplace.path("version").asInt();
		int places = workplace.path("places").asInt(0) == 7 ? 8 : 7;
		JsonNode written = service.post(GraphQlDocuments.text("ingest/setWorkplacePlaces"),
				Map.of("input",
						Map.of("establishmentNumber", establishment, "version", version, "lookingForLearner", true,
								"places", places)),
				TestTokens.token(workplace.path("enterpriseNumber").asText(), Right.WORKPLACES));
		assertThat(written.path("data").path("setWorkplaceAvailability").path("workplace").path("version").asInt())
			.as(written.toString())
			.isEqualTo(version + 1);
		return new AcceptedWrite(establishment, version + 1, places);
	}

	private record AcceptedWrite(String establishment, int version, int places) {

		void isStillThere() throws Exception {
			JsonNode read = service.post("query($e: String!) { workplace(establishmentNumber: $e) { version places } }",
					Map.of("e", establishment));
			assertThat(read.path("data").path("workplace").path("places").asInt()).as(read.toString())
				.isEqualTo(places);
			assertThat(read.path("data").path("workplace").path("version").asInt()).isEqualTo(version);
		}

	}

	private static long enginePid() throws IOException {
		return Long.parseLong(Files.readString(WORK.resolve("engine.pid")).trim());
	}

	private static void signal(String signal, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
	}

}
