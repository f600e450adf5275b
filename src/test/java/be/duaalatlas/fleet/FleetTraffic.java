package be.duaalatlas.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

import be.duaalatlas.GraphQlDocuments;
import be.duaalatlas.fleet.GraphQlOverHttp.Answer;
import be.duaalatlas.graphql.Cursor;
import be.duaalatlas.security.Right;
import be.duaalatlas.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Public reads and partner writes against one or more service instances at once, every
 * outcome recorded with its time: readers ask the {@code frontend-contract/} operations
 * in turn, each request to the next instance; each writer sets the availability of its
 * own workplaces (their owners' tokens), naming the version it has just read, and keeps
 * every write the API accepted.
 */
public final class FleetTraffic implements AutoCloseable {

	/** How often a writer sends one write that answered SEARCH_UNAVAILABLE, at most. */
	static final int WRITE_ATTEMPTS = 5;

	static final String READ_VERSION = "query($e: String!) { workplace(establishmentNumber: $e) { version } }";

	static final String SET_AVAILABILITY = GraphQlDocuments.text("fleet/setWorkplaceAvailability");

	/** A workplace a writer writes to, and the organisation that may. */
	public record Target(String establishmentNumber, String owner) {
	}

	/** One public read: when it ended (epoch ms), how long it took, how it failed. */
	public record Read(long at, long nanos, String failure, int instance) {
	}

	/**
	 * A write the API accepted: the record's version after it, its place in the journal.
	 */
	public record Accepted(String recordId, int version, long sequence, int places, long at) {
	}

	/** A write the API did not accept, and why. */
	public record Refused(String recordId, String failure, long at) {
	}

	private final List<String> instances;

	private final List<String> operations;

	private final ScheduledExecutorService clients;

	private final List<Read> reads = Collections.synchronizedList(new ArrayList<>());

	private final List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());

	private final List<Refused> refused = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong turn = new AtomicLong();

	/** Every write answer that was an error, those sent again included. */
	private final List<Refused> errors = Collections.synchronizedList(new ArrayList<>());

	/** Writes sent again after a SEARCH_UNAVAILABLE answer. */
	private final AtomicLong resent = new AtomicLong();

	/** Set when the traffic stops: no writer starts another write. */
	private volatile boolean closing;

	/** Instances a load balancer has taken out of rotation (being restarted). */
	private final Set<Integer> outOfRotation = ConcurrentHashMap.newKeySet();

	private FleetTraffic(List<String> instances, int threads) {
		this.instances = List.copyOf(instances);
		this.operations = contractOperations();
		this.clients = Executors.newScheduledThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "fleet-client");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Starts {@code readers} readers asking without pause, and one writer per group of
	 * targets writing one of them every {@code writeEveryMillis}.
	 */
	public static FleetTraffic start(List<String> graphqlUrls, int readers, List<List<Target>> writers,
			long writeEveryMillis) {
		return start(graphqlUrls, readers, 0, writers, writeEveryMillis);
	}

	/**
	 * Starts {@code readers} readers, each pausing {@code thinkMillis} between an answer
	 * and its next question (as a person reading a page does), and one writer per group
	 * of targets writing one of them every {@code writeEveryMillis}, one write at a time.
	 */
	public static FleetTraffic start(List<String> graphqlUrls, int readers, long thinkMillis,
			List<List<Target>> writers, long writeEveryMillis) {
		FleetTraffic traffic = new FleetTraffic(graphqlUrls, readers + writers.size());
		for (int r = 0; r < readers; r++) {
			traffic.clients.scheduleWithFixedDelay(traffic::readOnce, r, Math.max(1, thinkMillis),
					TimeUnit.MILLISECONDS);
		}
		for (List<Target> targets : writers) {
			Writer writer = traffic.new Writer(targets, Math.max(1, writeEveryMillis));
			traffic.later(writer::step, 0);
		}
		return traffic;
	}

	private int nextInstance() {
		for (int tries = 0; tries < instances.size(); tries++) {
			int instance = (int) (turn.getAndIncrement() % instances.size());
			if (!outOfRotation.contains(instance)) {
				return instance;
			}
		}
		return 0;
	}

	/**
	 * Takes an instance out of rotation or puts it back, as a load balancer does with an
	 * instance that stops or becomes ready.
	 */
	public void rotation(int instance, boolean in) {
		if (in) {
			outOfRotation.remove(instance);
		}
		else {
			outOfRotation.add(instance);
		}
	}

	private void readOnce() {
		int instance = nextInstance();
		String operation = operations.get((int) (turn.get() % operations.size()));
		Answer answer = GraphQlOverHttp.post(instances.get(instance), operation, null, null);
		reads.add(new Read(System.currentTimeMillis(), answer.nanos(), answer.failure(), instance));
	}

	/**
	 * Runs {@code task} after {@code delayMillis} on the clients' pool; false once the
	 * traffic is closed.
	 */
	private boolean later(Runnable task, long delayMillis) {
		try {
			clients.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/**
	 * A partner app writing its own workplaces in turn, one write at a time: it reads the
	 * version, writes naming it, and sends a write answered SEARCH_UNAVAILABLE again
	 * after a growing pause (a write that did go through then answers CONFLICT).
	 */
	private final class Writer {

		private final List<Target> targets;

		private final long everyMillis;

		private long next;

		Writer(List<Target> targets, long everyMillis) {
			this.targets = targets;
			this.everyMillis = everyMillis;
		}

		void step() {
			if (closing) {
				return;
			}
			Target target = targets.get((int) (next++ % targets.size()));
			int instance = nextInstance();
			Answer current = GraphQlOverHttp.post(instances.get(instance), READ_VERSION,
					Map.of("e", target.establishmentNumber()), null);
			reads.add(new Read(System.currentTimeMillis(), current.nanos(), current.failure(), instance));
			if (!current.ok()) {
				later(this::step, everyMillis);
				return;
			}
			int places = (int) (turn.get() % 500);
			Map<String, Object> input = new HashMap<>();
			input.put("establishmentNumber", target.establishmentNumber());
			input.put("version", current.data("workplace.version").asInt());
			input.put("lookingForLearner", true);
			input.put("places", places);
			send(target, input, places, 1);
		}

		/** The write goes to another instance than the read when there are several. */
		private void send(Target target, Map<String, Object> input, int places, int attempt) {
			Answer written = GraphQlOverHttp.post(instances.get(nextInstance()), SET_AVAILABILITY,
					Map.of("input", input), TestTokens.token(target.owner(), Right.WORKPLACES));
			if (!written.ok() && "SEARCH_UNAVAILABLE".equals(written.failure()) && attempt < WRITE_ATTEMPTS) {
				resent.incrementAndGet();
				errors.add(new Refused(target.establishmentNumber(), written.failure() + " (sent again)",
						System.currentTimeMillis()));
				if (later(() -> send(target, input, places, attempt + 1), 250L * attempt)) {
					return;
				}
			}
			outcome(target, written, places);
			later(this::step, everyMillis);
		}

		private void outcome(Target target, Answer written, int places) {
			long at = System.currentTimeMillis();
			if (written.ok()) {
				JsonNode payload = written.data("setWorkplaceAvailability");
				accepted.add(new Accepted(target.establishmentNumber(), payload.path("change").path("version").asInt(),
						sequence(payload.path("change").path("cursor").asText()), places, at));
			}
			else {
				Refused refusal = new Refused(target.establishmentNumber(), written.failure(), at);
				refused.add(refusal);
				errors.add(refusal);
			}
		}

	}

	static long sequence(String cursor) {
		return Cursor.decode(cursor, "cursor").get(0).longValue();
	}

	public List<Read> reads(Predicate<Read> which) {
		synchronized (reads) {
			return reads.stream().filter(which).toList();
		}
	}

	public List<Accepted> accepted() {
		synchronized (accepted) {
			return List.copyOf(accepted);
		}
	}

	/** How many writes were sent again after a SEARCH_UNAVAILABLE answer. */
	public long resent() {
		return resent.get();
	}

	/** Every error a write was answered with, also those then sent again. */
	public List<Refused> errorAnswers() {
		synchronized (errors) {
			return List.copyOf(errors);
		}
	}

	public List<Refused> refused() {
		synchronized (refused) {
			return List.copyOf(refused);
		}
	}

	/** Stops every client and waits for the requests in flight. */
	@Override
	public void close() {
		// writers start no new write; a write being sent again is still answered
		closing = true;
		clients.shutdown();
		try {
			if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
				clients.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The public operations the website and partner apps send, with their example values.
	 */
	static List<String> contractOperations() {
		try (Stream<Path> files = Files.list(Path.of("frontend-contract"))) {
			List<String> operations = new ArrayList<>();
			for (Path file : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
				operations.add(Files.readString(file));
			}
			return operations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code count} writers with {@code each} company workplaces of the sample each, no
	 * two writers on the same one.
	 */
	public static List<List<Target>> writers(String graphql, int count, int each) {
		Answer found = GraphQlOverHttp.post(graphql,
				"{ search(filter: { kinds: [WORKPLACE] }, sort: NAME, first: 100) { edges { node { ... on Workplace {"
						+ " establishmentNumber enterpriseNumber } } } } }",
				Map.of(), null);
		List<Target> companies = new ArrayList<>();
		for (JsonNode edge : found.data("search.edges")) {
			JsonNode node = edge.path("node");
			if (!node.path("enterpriseNumber").isNull()) {
				companies
					.add(new Target(node.path("establishmentNumber").asText(), node.path("enterpriseNumber").asText()));
			}
		}
		List<List<Target>> writers = new ArrayList<>();
		for (int w = 0; w < count; w++) {
			writers.add(companies.subList(w * each, (w + 1) * each));
		}
		return writers;
	}

}
