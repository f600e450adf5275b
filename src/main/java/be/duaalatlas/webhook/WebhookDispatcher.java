package be.duaalatlas.webhook;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import be.duaalatlas.index.EngineRequestCounter;
import be.duaalatlas.portal.JournalFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the journal of accepted writes for every active webhook and delivers what each
 * wants, on one thread of its own. The journal is the outbox: a webhook's cursor (the
 * journal number up to which every matching write has a delivery) is kept with it in the
 * engine, so a restart goes on where it stopped. A delivery that fails is tried again
 * after a wait that doubles ({@link WebhookProperties#backoff}); while it waits, later
 * changes of the same record wait behind it (journal order per record), other records' go
 * on. A delivery still failing {@code retry-for} after its first failure pauses its
 * webhook, with the reason; {@code resumeWebhook} starts it again where it stopped. With
 * several instances, each webhook is delivered by the one holding its lease
 * ({@link WebhookLeases}); the others only read.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final WebhookStore store;

	private final JournalFeed journal;

	private final WebhookMatch match;

	private final WebhookSender sender;

	private final WebhookProperties properties;

	private final WebhookLeases leases;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition woken = lock.newCondition();

	private boolean wake;

	/** Active webhooks seen in the last round; -1: not known (read at the next wake). */
	private volatile int active = -1;

	private volatile Thread thread;

	WebhookDispatcher(WebhookStore store, JournalFeed journal, WebhookMatch match, WebhookSender sender,
			WebhookProperties properties, WebhookLeases leases) {
		this.store = store;
		this.leases = leases;
		this.journal = journal;
		this.match = match;
		this.sender = sender;
		this.properties = properties;
	}

	/** A write on this instance: deliver it now, unless no webhook is active. */
	@EventListener
	void on(JournalFeed.Appended appended) {
		if (active != 0) {
			wake();
		}
	}

	/** A webhook was registered, resumed or a delivery asked again. */
	void changed() {
		active = -1;
		wake();
	}

	private void wake() {
		lock.lock();
		try {
			wake = true;
			woken.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void start() {
		Thread started = new Thread(this::run, "webhook-deliveries");
		started.setDaemon(true);
		thread = started;
		started.start();
	}

	/**
	 * Ends the thread after its current attempt (not interrupted: an engine call cut
	 * short would leave the attempt's outcome unkept), waiting for it within an attempt's
	 * timeouts. What is left of the round stays in the engine (deliveries waiting, the
	 * cursor) for the next instance, which may take the leases at once.
	 */
	@Override
	public void stop() {
		Thread running = thread;
		thread = null;
		if (running != null) {
			wake();
			try {
				running.join(properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (!running.isAlive()) {
				// an attempt still running keeps its leases until they expire
				leases.releaseAll();
			}
		}
	}

	/** The longest an attempt may take, with room for keeping its outcome. */
	private Duration attemptBound() {
		return properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(5);
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** Whether {@link #stop()} was called: the dispatcher thread does no more. */
	private boolean stopping() {
		return thread != Thread.currentThread();
	}

	private void run() {
		while (!stopping()) {
			Instant next = Instant.now().plus(properties.pollEvery());
			try {
				Instant due = EngineRequestCounter.uncounted(this::round);
				if (due != null && due.isBefore(next)) {
					next = due;
				}
			}
			catch (RuntimeException ex) {
				// the engine away: try again at the next poll; nothing is lost, the
				// cursor
				// and the deliveries are in the engine
				log.warn("Webhook deliveries paused until the next round: {}", ex.toString());
			}
			if (!await(next)) {
				return;
			}
		}
	}

	/** Waits until {@code until} or a wake; false when the thread is to stop. */
	private boolean await(Instant until) {
		lock.lock();
		try {
			while (!wake) {
				long nanos = Duration.between(Instant.now(), until).toNanos();
				if (nanos <= 0) {
					break;
				}
				woken.awaitNanos(nanos);
			}
			wake = false;
			return true;
		}
		catch (InterruptedException ex) {
			return false;
		}
		finally {
			lock.unlock();
		}
	}

	/** One round over every active webhook; when the next retry is due, if any. */
	Instant round() {
		List<Subscription> webhooks = store.active();
		active = webhooks.size();
		Instant due = null;
		for (Subscription webhook : webhooks) {
			if (stopping()) {
				return null;
			}
			// held at least until the next round, so that the holder keeps it while idle
			if (!leases.hold(webhook.id(), attemptBound().plus(properties.pollEvery()))) {
				continue;
			}
			Instant next = deliver(webhook);
			if (next != null && (due == null || next.isBefore(due))) {
				due = next;
			}
		}
		return due;
	}

	/**
	 * What is due for one webhook: waiting deliveries first (in journal order), then the
	 * journal after its cursor. Returns when to come back (a retry due, or more journal
	 * to read), or null.
	 */
	private Instant deliver(Subscription webhook) {
		List<Delivery> waiting = store.pending(webhook.id(), properties.batch());
		Set<String> blocked = new HashSet<>();
		Instant due = null;
		for (Delivery delivery : waiting) {
			if (stopping()) {
				return null;
			}
			if (blocked.contains(delivery.record())) {
				continue;
			}
			Instant now = Instant.now();
			if (!delivery.dueBy(now)) {
				blocked.add(delivery.record());
				due = earliest(due, Instant.parse(delivery.nextAttemptAt()));
				continue;
			}
			Attempt attempt = attempt(webhook, delivery);
			if (attempt == Attempt.ENDED) {
				return null;
			}
			if (attempt != Attempt.DELIVERED) {
				blocked.add(delivery.record());
				due = earliest(due, attempt.next);
			}
		}
		if (waiting.size() >= properties.batch()) {
			// enough waiting already: the journal is read on when some are delivered
			return due;
		}
		List<JournalFeed.Entry> entries;
		try {
			entries = journal.after(webhook.cursor(), properties.batch());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		long cursor = webhook.cursor();
		try {
			for (JournalFeed.Entry entry : entries) {
				if (stopping()) {
					// the cursor stays before this entry: the next instance reads on
					// from it
					return null;
				}
				if (match.wants(webhook, entry)) {
					Delivery delivery = Delivery.of(webhook, entry.sequence(), entry.change());
					// a delivery that exists was made before a restart: the waiting ones
					// are above
					if (store.create(delivery) && !blocked.contains(delivery.record())) {
						Attempt attempt = attempt(webhook, delivery);
						if (attempt == Attempt.ENDED) {
							cursor = entry.sequence();
							return null;
						}
						if (attempt != Attempt.DELIVERED) {
							blocked.add(delivery.record());
							due = earliest(due, attempt.next);
						}
					}
					else {
						// behind a waiting delivery of its record, or made before a
						// restart:
						// the next round takes it with the waiting ones
						blocked.add(delivery.record());
						due = earliest(due, Instant.now().plus(properties.initialBackoff()));
					}
				}
				cursor = entry.sequence();
			}
		}
		finally {
			if (cursor != webhook.cursor()) {
				store.advance(webhook.id(), cursor);
			}
		}
		return entries.size() >= properties.batch() ? Instant.now() : due;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a == null || (b != null && b.isBefore(a)) ? b : a;
	}

	/**
	 * How one attempt went; {@link #next} is when a failed one is tried again;
	 * {@link #ENDED}: the webhook was paused, its lease lost or the dispatcher is
	 * stopping, nothing more for it now.
	 */
	private static final class Attempt {

		static final Attempt DELIVERED = new Attempt(null);

		static final Attempt ENDED = new Attempt(null);

		final Instant next;

		Attempt(Instant next) {
			this.next = next;
		}

	}

	private Attempt attempt(Subscription webhook, Delivery delivery) {
		if (stopping() || !leases.hold(webhook.id(), attemptBound())) {
			// stopping, or another instance took the webhook over: the delivery waits in
			// the engine
			return Attempt.ENDED;
		}
		WebhookSender.Outcome outcome = sender.send(webhook, delivery);
		Instant now = Instant.now();
		if (outcome.delivered()) {
			store.update(delivery.delivered(now, outcome.status()));
			return Attempt.DELIVERED;
		}
		Instant first = delivery.firstAttemptAt() == null ? now : Instant.parse(delivery.firstAttemptAt());
		Instant next = now.plus(properties.backoff(delivery.attempts() + 1));
		if (!next.isBefore(first.plus(properties.retryFor()))) {
			store.update(delivery.failed(now, outcome.status(), outcome.error(), null));
			String reason = "delivery " + delivery.id() + " failed " + (delivery.attempts() + 1) + " times since "
					+ first + " (last: " + outcome.error() + "); resume with resumeWebhook";
			store.pause(webhook.id(), reason);
			log.info("Webhook {} of {} paused: {}", webhook.id(), webhook.organisation(), reason);
			return Attempt.ENDED;
		}
		store.update(delivery.failed(now, outcome.status(), outcome.error(), next));
		return new Attempt(next);
	}

}
