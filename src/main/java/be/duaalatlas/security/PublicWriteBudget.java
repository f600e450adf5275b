package be.duaalatlas.security;

import java.time.Duration;
import java.util.Map;

import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.graphql.WriteErrorType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The budget of anonymous writes ({@code reportListing}) per client IP, with Bucket4j
 * like {@link RateLimits}: a write every anonymous caller may make is kept in the engine,
 * so it gets a budget far below the request budget (which it counts against too). The
 * address is known only here, in memory, for as long as its bucket is tracked; it is
 * never stored with what was written.
 */
@Component
public class PublicWriteBudget implements WebGraphQlInterceptor {

	/** The GraphQL context key of the client's address. */
	static final String CLIENT_ADDRESS = PublicWriteBudget.class.getName() + ".clientAddress";

	private final RateLimitProperties properties;

	private final Cache<String, Bucket> buckets;

	PublicWriteBudget(RateLimitProperties properties) {
		this.properties = properties;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxTrackedClients())
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getRemoteAddress() != null) {
			String address = request.getRemoteAddress().getAddress() == null
					? request.getRemoteAddress().getHostString()
					: request.getRemoteAddress().getAddress().getHostAddress();
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(CLIENT_ADDRESS, address)).build());
		}
		return chain.next(request);
	}

	/**
	 * Takes one anonymous write from the budget of the request's address, or refuses with
	 * {@code RATE_LIMITED} saying when to try again.
	 * @param context the request's GraphQL context
	 */
	public void take(graphql.GraphQLContext context) {
		if (!properties.enabled()) {
			return;
		}
		String address = context.getOrDefault(CLIENT_ADDRESS, "unknown");
		RateLimitProperties.PublicWrites budget = properties.publicWrites();
		Bucket bucket = buckets.get(address,
				a -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(budget.burst())
						.refillGreedy(budget.requestsPerMinute(), Duration.ofMinutes(1))
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new RefusedException(WriteErrorType.RATE_LIMITED, null,
					"Too many anonymous writes from this address; try again in " + retryAfter + " s.");
		}
	}

}
