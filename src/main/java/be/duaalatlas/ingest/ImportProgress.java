package be.duaalatlas.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts of a running import; bulk responses arrive on other threads. */
final class ImportProgress {

	private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

	private static final long LOG_EVERY = 50_000;

	private final String kind;

	private final Instant started = Instant.now();

	private final AtomicLong read = new AtomicLong();

	private final AtomicLong imported = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final List<Rejection> rejections = new ArrayList<>();

	private volatile Throwable failure;

	ImportProgress(String kind) {
		this.kind = kind;
	}

	void read() {
		long count = read.incrementAndGet();
		if (count % LOG_EVERY == 0) {
			long seconds = Math.max(1, Duration.between(started, Instant.now()).toSeconds());
			log.info("Importing {}: {} rows read, {} imported, {} rejected ({} rows/s)", kind, count, imported.get(),
					rejected.get(), count / seconds);
		}
	}

	void imported(long count) {
		imported.addAndGet(count);
	}

	synchronized void reject(Rejection rejection) {
		rejected.incrementAndGet();
		if (rejections.size() < ImportReport.MAX_KEPT_REJECTIONS) {
			rejections.add(rejection);
		}
	}

	void fail(Throwable cause) {
		if (failure == null) {
			failure = cause;
		}
	}

	Throwable failure() {
		return failure;
	}

	String kind() {
		return kind;
	}

	Instant started() {
		return started;
	}

	long readCount() {
		return read.get();
	}

	long importedCount() {
		return imported.get();
	}

	long rejectedCount() {
		return rejected.get();
	}

	synchronized List<Rejection> rejections() {
		return List.copyOf(rejections);
	}

}
