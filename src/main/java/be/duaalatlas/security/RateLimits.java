package be.duaalatlas.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.GraphQlPath;
import be.duaalatlas.graphql.Refusals;
import be.duaalatlas.graphql.RequestIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits of the GraphQL endpoint with Bucket4j token buckets: each client IP has the
 * anonymous budget, each partner key its own higher one. Over the budget, the answer is
 * HTTP 429 with {@code Retry-After} and a typed {@code RATE_LIMITED} error saying when to
 * retry, before the request is even parsed. An unknown key is a 401: a partner with a
 * mistyped key should hear so, not silently get the anonymous budget.
 */
@Component
class RateLimits extends OncePerRequestFilter {

	/** Where the open-data export answers (its own budget). */
	static final String OPEN_DATA_PATH = "/open-data/";

	private final RateLimitProperties properties;

	private final GraphQlPath graphQl;

	private final ObjectMapper json;

	private final Cache<String, Bucket> anonymous;

	private final Map<String, Bucket> partners = new LinkedHashMap<>();

	private final Counter rateLimited;

	private final Counter unknownKeys;

	RateLimits(RateLimitProperties properties, GraphQlPath graphQl, ObjectMapper json, MeterRegistry meters) {
		this.properties = properties;
		this.rateLimited = Refusals.counter(meters, "rateLimit");
		this.unknownKeys = Refusals.counter(meters, "unknownApiKey");
		this.graphQl = graphQl;
		this.json = json;
		this.anonymous = Caffeine.newBuilder()
			.maximumSize(properties.maxTrackedClients())
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
		properties.partners().forEach((name, partner) -> {
			if (partner.key() == null || partner.key().isBlank()) {
				throw new IllegalStateException("atlas.rate-limit.partners." + name + ".key is missing");
			}
			partners.put(partner.key(), bucket(partner.requestsPerMinute(), partner.burst()));
		});
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// every spelling of the path that Spring MVC routes to GraphQL, not only the
		// canonical one
		return !properties.enabled()
				|| !(isOpenData(request) || HttpMethod.POST.matches(request.getMethod()) && graphQl.matches(request));
	}

	/**
	 * The open-data export ({@code opendata}): each answer may be a whole kind, so it has
	 * a budget of its own per client IP, keys or not.
	 */
	private static boolean isOpenData(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(OPEN_DATA_PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(properties.keyHeader());
		Bucket bucket;
		if (isOpenData(request)) {
			key = null;
			RateLimitProperties.Budget budget = properties.openData().budget();
			bucket = anonymous.get(OPEN_DATA_PATH + request.getRemoteAddr(),
					ip -> bucket(budget.requestsPerMinute(), budget.burst()));
		}
		else if (key != null) {
			bucket = partnerBucket(key);
			if (bucket == null) {
				unknownKeys.increment();
				refuse(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "The API key in " + properties.keyHeader()
						+ " is not known. Leave the header out to use the anonymous budget.", null);
				return;
			}
		}
		else {
			RateLimitProperties.Budget budget = properties.anonymous();
			bucket = anonymous.get(request.getRemoteAddr(), ip -> bucket(budget.requestsPerMinute(), budget.burst()));
		}
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
			chain.doFilter(request, response);
			return;
		}
		rateLimited.increment();
		long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		refuse(response, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "Too many requests from this "
				+ (key == null ? "address" : "API key") + "; try again in " + retryAfter + " s.", retryAfter);
	}

	private Bucket partnerBucket(String key) {
		byte[] given = key.getBytes(StandardCharsets.UTF_8);
		for (Map.Entry<String, Bucket> partner : partners.entrySet()) {
			if (MessageDigest.isEqual(given, partner.getKey().getBytes(StandardCharsets.UTF_8))) {
				return partner.getValue();
			}
		}
		return null;
	}

	private static Bucket bucket(int perMinute, int burst) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String classification, String message,
			Long retryAfter) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification);
		if (retryAfter != null) {
			extensions.put("retryAfterSeconds", retryAfter);
		}
		extensions.put("requestId", RequestIds.current());
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
	}

}
