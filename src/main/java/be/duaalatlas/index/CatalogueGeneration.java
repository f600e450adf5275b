package be.duaalatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The catalogue's generation: which versioned index every alias points at, plus the
 * number of import reports and journal entries (every import, upsert of single records
 * and write through the API leaves one), plus the day (publication windows). It lives in
 * the engine, so every service instance sees the same; caches key their entries by it, so
 * no cached answer outlives an import or a write by more than {@link #RECHECK}.
 * <p>
 * No request waits on the engine for it: it is read on a thread of its own, every
 * {@link #RECHECK} in the background, each read bounded by {@link #READ_TIMEOUT}; a
 * request gets the last one known at once, also while a read is in flight or the engine
 * does not answer. Only the very first read, with nothing known yet, is waited for (at
 * most {@link #WAIT}). A new generation is made known only once the in-memory views
 * ({@link Snapshots}) were rebuilt for it, so a view is never older than the generation
 * answers are kept under.
 * <p>
 * After a change by this instance ({@link #changed}) the writer, not a later reader,
 * waits (at most {@link #WRITER_WAIT}) for the engine to tell the new generation. When it
 * does not, the generation becomes a provisional one of this instance, different from
 * every one before, so that no answer kept before the write is served again; while it is
 * provisional (or a view could not be rebuilt) the views are known to lag behind, the
 * answer cache neither serves nor keeps answers ({@link #ofViews}), and the views answer
 * from what they hold: the last state the engine told, the only answer there is while it
 * does not answer. The background reads go on and replace it with the engine's own.
 */
@Component
public class CatalogueGeneration implements DisposableBean, MeterBinder {

	/**
	 * How often an instance re-reads the generation: the most a cached answer can lag
	 * behind a change.
	 */
	public static final Duration RECHECK = Duration.ofSeconds(2);

	/** The most one engine request of a read (or of a view's rebuild) may take. */
	static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long the first request, when nothing is known yet, waits for the engine to tell
	 * the generation: within a request's budget.
	 */
	static final Duration WAIT = Duration.ofSeconds(2);

	/**
	 * How long a writer waits for the new generation and the views rebuilt for it: within
	 * a mutation's budget, long enough for a busy machine.
	 */
	static final Duration WRITER_WAIT = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(CatalogueGeneration.class);

	private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	/** Reads one after the other, so that a rebuild of the views never runs twice. */
	private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "catalogue-generation");
		thread.setDaemon(true);
		return thread;
	});

	/** Rebuild what is kept in memory per generation, before a new one is made known. */
	private final List<Runnable> followers = new CopyOnWriteArrayList<>();

	/** Changes this instance made: a read that began before one may not show it. */
	private final AtomicLong changes = new AtomicLong();

	private final AtomicBoolean rechecking = new AtomicBoolean();

	private volatile Known known;

	private volatile long lastRead = System.nanoTime();

	/** When this instance first knew the current generation (System.nanoTime). */
	private volatile long knownSince = System.nanoTime();

	private Future<Known> first;

	CatalogueGeneration(ElasticsearchClient client, IndexProperties properties, PooledConnectionTimeout timeouts) {
		this.client = timeouts.within(client, READ_TIMEOUT);
		this.properties = properties;
	}

	/**
	 * Today in Belgium: the day texts' publication windows are read on. It is part of the
	 * generation, so that every answer kept per generation turns over when a window opens
	 * or closes at midnight, without a write.
	 */
	public static LocalDate today() {
		return LocalDate.now(BELGIUM);
	}

	/**
	 * The generation last known, at once; a read in the background when it is older than
	 * {@link #RECHECK}. Throws an {@link UncheckedIOException} (SEARCH_UNAVAILABLE) only
	 * when none is known yet and the engine does not tell it within {@link #WAIT}.
	 */
	public String current() {
		return known().value();
	}

	/**
	 * The generation, for whole answers kept by it: as {@link #current}, but throws an
	 * {@link IllegalStateException} while the in-memory views lag behind it (a
	 * provisional generation, a view that could not be rebuilt), so that nothing answered
	 * from them then is kept or served as the generation's answer.
	 */
	public String ofViews() {
		Known now = known();
		if (!now.viewsCurrent()) {
			throw new IllegalStateException("the in-memory views lag behind generation " + now.value());
		}
		return now.value();
	}

	/**
	 * Called after this instance changed the catalogue, so that it sees its own change at
	 * once: waits (at most {@link #WRITER_WAIT}) for the new generation and the views
	 * rebuilt for it, else makes a provisional generation current (see the class
	 * comment).
	 */
	public void changed() {
		long change = changes.incrementAndGet();
		try {
			Future<Known> read = reader.submit(() -> {
				Known now = known;
				return now != null && now.changesSeen() >= change && now.viewsCurrent() ? now : read();
			});
			read.get(WRITER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RejectedExecutionException ex) {
			log.warn("The engine did not tell the catalogue's generation after a change within {}: {}", WRITER_WAIT,
					ex.toString());
		}
		synchronized (this) {
			Known before = known;
			if (before == null || before.changesSeen() < change) {
				knownSince = System.nanoTime();
				known = new Known((before == null ? "" : before.value()) + "~" + change, false, change);
			}
		}
	}

	/**
	 * Runs {@code rebuild} before a new generation is made known (a failure leaves the
	 * generation with views lagging behind, and the rebuild is tried again).
	 */
	void follow(Runnable rebuild) {
		followers.add(rebuild);
	}

	/**
	 * {@code atlas.catalogue.generation.age}: how long the generation this instance
	 * serves has been current (an import, a write or midnight makes a new one); what it
	 * already holds, no engine call.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("atlas.catalogue.generation.age", this, g -> (System.nanoTime() - g.knownSince) / 1e9)
			.baseUnit("seconds")
			.description("how long the catalogue generation this instance serves has been current")
			.register(registry);
	}

	@Override
	public void destroy() {
		reader.shutdownNow();
	}

	private Known known() {
		Known now = known;
		if (now == null) {
			return firstRead();
		}
		if (System.nanoTime() - lastRead >= RECHECK.toNanos() && rechecking.compareAndSet(false, true)) {
			lastRead = System.nanoTime();
			try {
				reader.execute(() -> {
					try {
						read();
					}
					catch (RuntimeException ex) {
						log.debug("Re-reading the catalogue's generation failed: {}", ex.getMessage());
					}
					finally {
						rechecking.set(false);
					}
				});
			}
			catch (RejectedExecutionException ex) {
				rechecking.set(false);
			}
		}
		return now;
	}

	private Known firstRead() {
		Future<Known> read;
		synchronized (this) {
			if (known != null) {
				return known;
			}
			if (first == null || first.isDone()) {
				first = reader.submit(this::read);
			}
			read = first;
		}
		try {
			return read.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unknown();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw unknown();
		}
		catch (TimeoutException ex) {
			throw unknown();
		}
	}

	private static UncheckedIOException unknown() {
		return new UncheckedIOException(new SocketTimeoutException(
				"the engine did not tell the catalogue's generation within " + WAIT.toMillis() + " ms"));
	}

	/**
	 * Reads the generation; when it is new (or the views lag behind), rebuilds the views
	 * first. On the reader thread only.
	 */
	private Known read() {
		lastRead = System.nanoTime();
		long seen = changes.get();
		String value = readValue();
		Known before = known;
		boolean viewsCurrent = true;
		if (before == null || !before.viewsCurrent() || !before.value().equals(value)) {
			try {
				followers.forEach(Runnable::run);
			}
			catch (RuntimeException ex) {
				log.warn("The in-memory views could not be rebuilt for generation {}: {}", value, ex.getMessage());
				viewsCurrent = false;
			}
		}
		Known now = new Known(value, viewsCurrent, seen);
		synchronized (this) {
			// a read that began before a later change may not show it: it does not
			// replace what that change made current
			if (known == null || known.changesSeen() <= seen) {
				if (known == null || !known.value().equals(value)) {
					knownSince = System.nanoTime();
				}
				known = now;
			}
			return known;
		}
	}

	private String readValue() {
		try {
			TreeSet<String> indices = new TreeSet<>();
			client.indices().getAlias(g -> g.name(properties.prefix() + "*")).result().forEach((index, aliases) -> {
				aliases.aliases().keySet().forEach(alias -> indices.add(alias + "=" + index));
			});
			// single-record writes leave a trace each (an upsert a report, a write
			// through the API a journal entry);
			// both only grow, so their count is part of the generation
			long reports = client
				.count(c -> c.index(properties.prefix() + "import-reports", properties.prefix() + "write-journal")
					.ignoreUnavailable(true))
				.count();
			return Integer.toHexString((String.join(",", indices) + "|" + reports + "|" + today()).hashCode());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A generation as known here: whether the views are of it, and how many changes of
	 * this instance it shows.
	 */
	private record Known(String value, boolean viewsCurrent, long changesSeen) {
	}

}
