package be.duaalatlas.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Persisted queries, Apollo style: the operations of {@code frontend-contract/} are
 * registered by the SHA-256 of their text, and so is any other query a client sends once
 * with its hash (Apollo's automatic persisted queries: a POST with {@code query} and
 * {@code extensions.persistedQuery.sha256Hash}, kept once it validated, within
 * {@code max-registered-weight}). A request may name one by its hash alone (its
 * {@code query} is then replaced by the registered text; over POST, Spring for GraphQL
 * needs a non-empty {@code query}, so send e.g. the operation's name; over GET see
 * {@link PersistedGets}). An unknown hash gets a typed PERSISTED_QUERY_NOT_FOUND error
 * ({@code extensions.code} too, which Apollo's client reads to send the text). With
 * {@code atlas.persisted-queries.allow-list-only=true} (for a deployment that serves only
 * the website) only the contract's operations run and nothing is registered.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PersistedQueries implements WebGraphQlInterceptor {

	/**
	 * @param allowListOnly only registered operations run
	 * @param locations where the registered operations are (Spring resource pattern)
	 * @param maxRegisteredWeight the most heap the queries registered by clients may take
	 * together (2 bytes a character); the least recently used go first
	 */
	@ConfigurationProperties("atlas.persisted-queries")
	record Properties(@DefaultValue("false") boolean allowListOnly,
			@DefaultValue("classpath*:frontend-contract/*.graphql") String locations,
			@DefaultValue("8MB") DataSize maxRegisteredWeight) {
	}

	/**
	 * A registered document and the kind of each of its operations by name (the empty
	 * name for an anonymous one), read once when it is registered.
	 */
	record Registered(String text, Map<String, OperationDefinition.Operation> operations) {

		/** The kind of the operation a request names, or null when that is unclear. */
		OperationDefinition.Operation kind(String operationName) {
			if (operationName == null || operationName.isEmpty()) {
				return operations.size() == 1 ? operations.values().iterator().next() : null;
			}
			return operations.get(operationName);
		}

		static Registered parse(String text) {
			Map<String, OperationDefinition.Operation> operations = new LinkedHashMap<>();
			for (OperationDefinition operation : Parser.parse(text).getDefinitionsOfType(OperationDefinition.class)) {
				operations.put(operation.getName() == null ? "" : operation.getName(), operation.getOperation());
			}
			return new Registered(text, Map.copyOf(operations));
		}

	}

	private final Properties properties;

	private final Map<String, Registered> byHash = new LinkedHashMap<>();

	/** Registered by clients (APQ), bounded. */
	private final Cache<String, Registered> automatic;

	private final Counter notRegistered;

	PersistedQueries(Properties properties, MeterRegistry meters) {
		this.properties = properties;
		this.notRegistered = Refusals.counter(meters, "persistedQuery");
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(properties.locations())) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				byHash.put(sha256(text), Registered.parse(text));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the persisted queries at " + properties.locations(), ex);
		}
		this.automatic = Caffeine.newBuilder()
			.maximumWeight(properties.maxRegisteredWeight().toBytes())
			.weigher((String hash, Registered registered) -> 200 + 2 * registered.text().length())
			.build();
	}

	/** The contract's operations by hash (as the website sends them). */
	Map<String, String> registered() {
		Map<String, String> texts = new LinkedHashMap<>();
		byHash.forEach((hash, registered) -> texts.put(hash, registered.text()));
		return texts;
	}

	/** The contract's documents that hold only queries (what the website reads). */
	List<String> contractQueries() {
		return byHash.values()
			.stream()
			.filter(registered -> !registered.operations().isEmpty() && registered.operations()
				.values()
				.stream()
				.allMatch(kind -> kind == OperationDefinition.Operation.QUERY))
			.map(Registered::text)
			.toList();
	}

	/**
	 * The document registered under a hash (the contract's, or a client's unless
	 * allow-list-only), or null.
	 */
	Registered lookup(String hash) {
		String key = hash.toLowerCase(Locale.ROOT);
		Registered registered = byHash.get(key);
		if (registered == null && !properties.allowListOnly()) {
			registered = automatic.getIfPresent(key);
		}
		return registered;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String hash = requestedHash(request);
		if (hash != null) {
			Registered registered = lookup(hash);
			if (registered == null && !properties.allowListOnly()
					&& hash.toLowerCase(Locale.ROOT).equals(sha256(request.getDocument()))) {
				return registerOnceValid(hash.toLowerCase(Locale.ROOT), request, chain);
			}
			if (registered == null) {
				return Mono.just(notFound(request,
						"No persisted query has the hash given in " + "extensions.persistedQuery.sha256Hash."));
			}
			String document = registered.text();
			request.configureExecutionInput((input, builder) -> builder.query(document).build());
			return chain.next(request);
		}
		if (properties.allowListOnly() && !byHash.containsKey(sha256(request.getDocument()))) {
			return Mono.just(notFound(request, "This endpoint only runs the registered operations of the website; "
					+ "this query is not one of them."));
		}
		return chain.next(request);
	}

	/**
	 * Runs a query sent with its hash and registers it once graphql-java validated it, so
	 * that nothing that does not parse and validate is kept.
	 */
	private Mono<WebGraphQlResponse> registerOnceValid(String hash, WebGraphQlRequest request, Chain chain) {
		String text = request.getDocument();
		OperationFacts facts = OperationFacts.of(request);
		return chain.next(request).doOnNext(response -> {
			if (facts.validated()) {
				automatic.asMap().computeIfAbsent(hash, h -> Registered.parse(text));
			}
		});
	}

	private static String requestedHash(WebGraphQlRequest request) {
		if (request.getExtensions().get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return hash;
		}
		return null;
	}

	private WebGraphQlResponse notFound(WebGraphQlRequest request, String message) {
		notRegistered.increment();
		var error = GraphqlErrorBuilder.newError()
			.errorType(SearchErrorType.PERSISTED_QUERY_NOT_FOUND)
			.message(message)
			// what Apollo's persisted-query link looks for before it sends the text
			.extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND"))
			.build();
		var result = ExecutionResultImpl.newExecutionResult().errors(List.of(error)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
