package be.duaalatlas.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Persisted queries, Apollo style: the operations of {@code frontend-contract/} are
 * registered by the SHA-256 of their text. A request may name one by
 * {@code extensions.persistedQuery.sha256Hash} (its {@code query} is then replaced by the
 * registered text; Spring for GraphQL needs a non-empty {@code query}, so send e.g. the
 * operation's name). With {@code atlas.persisted-queries.allow-list-only=true} (for a
 * deployment that serves only the website) nothing else runs: a query whose text is not
 * registered, or an unknown hash, gets a typed PERSISTED_QUERY_NOT_FOUND error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PersistedQueries implements WebGraphQlInterceptor {

	/**
	 * @param allowListOnly only registered operations run
	 * @param locations where the registered operations are (Spring resource pattern)
	 */
	@ConfigurationProperties("atlas.persisted-queries")
	record Properties(@DefaultValue("false") boolean allowListOnly,
			@DefaultValue("classpath*:frontend-contract/*.graphql") String locations) {
	}

	private final Properties properties;

	private final Map<String, String> byHash = new LinkedHashMap<>();

	private final Counter notRegistered;

	PersistedQueries(Properties properties, MeterRegistry meters) {
		this.properties = properties;
		this.notRegistered = Refusals.counter(meters, "persistedQuery");
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(properties.locations())) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				byHash.put(sha256(text), text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the persisted queries at " + properties.locations(), ex);
		}
	}

	/** The registered operations by hash (as the website sends them). */
	Map<String, String> registered() {
		return Map.copyOf(byHash);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String hash = requestedHash(request);
		if (hash != null) {
			String document = byHash.get(hash.toLowerCase(java.util.Locale.ROOT));
			if (document == null) {
				return Mono.just(notFound(request,
						"No persisted query has the hash given in " + "extensions.persistedQuery.sha256Hash."));
			}
			request.configureExecutionInput((input, builder) -> builder.query(document).build());
			return chain.next(request);
		}
		if (properties.allowListOnly() && !byHash.containsKey(sha256(request.getDocument()))) {
			return Mono.just(notFound(request, "This endpoint only runs the registered operations of the website; "
					+ "this query is not one of them."));
		}
		return chain.next(request);
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
