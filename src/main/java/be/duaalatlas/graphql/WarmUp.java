package be.duaalatlas.graphql;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import be.duaalatlas.index.CatalogueReadiness.CatalogueLoaded;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Before an instance says it is ready for the first time, it asks itself the contract's
 * queries in turn for {@code atlas.warm-up.duration}, through the same GraphQL handler
 * and interceptors as a request (answer cache skipped, so the engine is asked). A freshly
 * started JVM answers its first requests slowly while it loads classes and compiles: a
 * restarted instance put back behind the load balancer the moment it was ready failed
 * five public reads on their 3 s budget in the fleet report, the cluster green. Health
 * component {@code warmUp}, in the readiness group; OUT_OF_SERVICE until done. Only at
 * the first load: after an engine outage the code is warm already.
 */
@Component("warmUp")
class WarmUp implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	/** The longest one warm-up request may take before the next is sent. */
	private static final Duration REQUEST_BOUND = Duration.ofSeconds(10);

	/**
	 * @param duration how long to ask the contract's queries before the first ready; 0
	 * ready at once
	 */
	@ConfigurationProperties("atlas.warm-up")
	record Properties(@DefaultValue("10s") Duration duration) {
	}

	private final Duration duration;

	private final WebGraphQlHandler handler;

	private final List<String> queries;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
		Thread warmUp = new Thread(runnable, "warm-up");
		warmUp.setDaemon(true);
		return warmUp;
	});

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private volatile String state = "waiting for the catalogue's first load";

	private volatile boolean done;

	/**
	 * @param handler none where nothing is served over HTTP (the import command): nothing
	 * to warm up
	 */
	WarmUp(Properties properties, ObjectProvider<WebGraphQlHandler> handler, PersistedQueries persisted) {
		this.duration = properties.duration();
		this.handler = handler.getIfAvailable();
		this.queries = persisted.contractQueries();
		this.done = this.handler == null || duration.isZero() || duration.isNegative() || queries.isEmpty();
	}

	@EventListener
	void catalogueLoaded(CatalogueLoaded loaded) {
		if (!done) {
			thread.execute(this::run);
		}
	}

	private void run() {
		state = "asking the contract's " + queries.size() + " queries for " + duration.toSeconds() + " s";
		long start = System.nanoTime();
		long until = start + duration.toNanos();
		try {
			for (int turn = 0; System.nanoTime() < until && !Thread.currentThread().isInterrupted(); turn++) {
				ask(queries.get(turn % queries.size()), turn);
			}
		}
		finally {
			log.info("Warmed up: {} requests of the contract's {} queries in {} ms ({} not answered in full)",
					requests.get(), queries.size(), (System.nanoTime() - start) / 1_000_000, failed.get());
			done = true;
		}
	}

	private void ask(String query, int turn) {
		HttpHeaders headers = new HttpHeaders();
		headers.setCacheControl("no-cache");
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), headers,
				new LinkedMultiValueMap<>(), Map.of(), Map.of("query", query), "warm-up-" + turn, null);
		requests.incrementAndGet();
		try {
			var response = handler.handleRequest(request).block(REQUEST_BOUND);
			if (response == null || !response.getErrors().isEmpty()) {
				failed.incrementAndGet();
			}
		}
		catch (RuntimeException ex) {
			// a warm-up answer is thrown away: what counts is that the code ran
			failed.incrementAndGet();
		}
	}

	@Override
	public Health health() {
		if (done) {
			return Health.up().withDetail("requests", requests.get()).build();
		}
		return Health.status(Status.OUT_OF_SERVICE).withDetail("state", state).build();
	}

	@PreDestroy
	void stop() {
		thread.shutdownNow();
	}

}
