package be.duaalatlas.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import be.duaalatlas.index.CatalogueGeneration;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Persisted queries over HTTP GET, in Apollo's shape ({@code GET
 * /graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}&variables=…&operationName=…}),
 * so that a proxy or CDN can keep the answers (docs/caching.md). Such a GET is read here,
 * before the security chain and the rate limits, and goes on as the POST it stands for
 * (so every limit of a POST applies to it); a GET never runs a mutation (405), and names
 * its query by hash only (its text was registered by a POST or is the website's).
 * <p>
 * Every answer on the GraphQL path is {@code Cache-Control: private, no-store}, except an
 * anonymous GET's answer without errors ({@link PublicAnswers}): {@code public, max-age}
 * with a strong {@code ETag} of the catalogue generation and the request. Such a GET
 * whose {@code If-None-Match} names the current ETag is answered 304 here, without
 * running the query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PersistedGets {

	/** The request attribute by which {@link PublicAnswers} knows a cacheable GET. */
	static final String PUBLIC_READ = PersistedGets.class.getName() + ".publicRead";

	/** What changes an answer besides the URL. */
	static final String VARY = "Accept-Language, Authorization, X-API-Key";

	static final String NO_STORE = "private, no-store";

	private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

	private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

	@Bean
	FilterRegistrationBean<Gets> persistedGetsFilter(PersistedQueries persisted, CatalogueGeneration generation,
			HttpCacheProperties cache, LimitsProperties limits, GraphQlPath path, ObjectMapper json,
			MeterRegistry meters) {
		FilterRegistrationBean<Gets> registration = new FilterRegistrationBean<>(new Gets(persisted, generation, cache,
				limits.maxRequestSize().toBytes(), path, json, Refusals.counter(meters, "persistedGet")));
		// after CORS and the body's bound, before the security chain and the rate limits:
		// they see the POST
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 8);
		return registration;
	}

	/**
	 * What a cacheable GET's answer carries when it has no errors: checked again after
	 * the query ran, in case the generation changed meanwhile.
	 */
	record PublicRead(String generation, String etag, String cacheControl) {
	}

	static final class Gets extends OncePerRequestFilter {

		private final PersistedQueries persisted;

		private final CatalogueGeneration generation;

		private final HttpCacheProperties cache;

		private final long maxBytes;

		private final GraphQlPath path;

		private final ObjectMapper json;

		private final Counter refused;

		Gets(PersistedQueries persisted, CatalogueGeneration generation, HttpCacheProperties cache, long maxBytes,
				GraphQlPath path, ObjectMapper json, Counter refused) {
			this.persisted = persisted;
			this.generation = generation;
			this.cache = cache;
			this.maxBytes = maxBytes;
			this.path = path;
			this.json = json;
			this.refused = refused;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!path.matches(request)) {
				chain.doFilter(request, response);
				return;
			}
			response = new OneCacheControl(response);
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			String queryString = request.getQueryString();
			if (!HttpMethod.GET.matches(request.getMethod()) || queryString == null || queryString.isEmpty()) {
				// a POST, or a bare GET (405 as before)
				chain.doFilter(request, response);
				return;
			}
			response.addHeader(HttpHeaders.VARY, VARY);
			if (queryString.length() > maxBytes) {
				refuse(response, HttpStatus.URI_TOO_LONG, "The query string is longer than a request may be.");
				return;
			}
			Get get;
			try {
				get = Get.read(request, json);
			}
			catch (IllegalArgumentException ex) {
				refuse(response, HttpStatus.BAD_REQUEST, ex.getMessage());
				return;
			}
			PersistedQueries.Registered registered = persisted.lookup(get.hash());
			if (registered != null && registered.kind(get.operationName()) != null
					&& registered.kind(get.operationName()) != OperationDefinition.Operation.QUERY) {
				response.setHeader(HttpHeaders.ALLOW, HttpMethod.POST.name());
				refuse(response, HttpStatus.METHOD_NOT_ALLOWED, "A GET runs queries only; send a mutation with POST.");
				return;
			}
			PublicRead read = registered == null ? null : publicRead(request, get);
			if (read != null && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), read.etag())) {
				response.setStatus(HttpStatus.NOT_MODIFIED.value());
				response.setHeader(HttpHeaders.ETAG, read.etag());
				response.setHeader(HttpHeaders.CACHE_CONTROL, read.cacheControl());
				return;
			}
			if (read != null) {
				request.setAttribute(PUBLIC_READ, read);
			}
			// an unknown hash goes on too: PersistedQueries answers
			// PERSISTED_QUERY_NOT_FOUND
			String text = registered == null ? get.hash() : registered.text();
			chain.doFilter(new AsPost(request, get.body(text, json)), response);
		}

		/** The ETag and caching of an anonymous GET, or null when it may not be kept. */
		private PublicRead publicRead(HttpServletRequest request, Get get) {
			if (!cache.enabled() || request.getHeader(HttpHeaders.AUTHORIZATION) != null
					|| request.getHeader("X-API-Key") != null) {
				return null;
			}
			String current;
			try {
				current = generation.ofViews();
			}
			catch (RuntimeException ex) {
				// not known, or the views lag behind it: answered, not kept
				return null;
			}
			String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
			String etag = '"' + PersistedQueries
				.sha256(String.join("\n", current, get.hash().toLowerCase(java.util.Locale.ROOT),
						nullToEmpty(get.operationName()), nullToEmpty(get.variables()), nullToEmpty(language)))
				.substring(0, 32) + '"';
			long seconds = Math.min(cache.maxAge().toSeconds(), untilMidnight().toSeconds());
			return new PublicRead(current, etag, "public, max-age=" + seconds);
		}

		private static Duration untilMidnight() {
			ZonedDateTime now = ZonedDateTime.now(BELGIUM);
			return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(BELGIUM));
		}

		/** Whether an If-None-Match header names the ETag (weakly, as RFC 9110 says). */
		private static boolean matches(String ifNoneMatch, String etag) {
			if (ifNoneMatch == null) {
				return false;
			}
			for (String tag : ifNoneMatch.split(",")) {
				String trimmed = tag.trim();
				if (trimmed.startsWith("W/")) {
					trimmed = trimmed.substring(2);
				}
				if (trimmed.equals("*") || trimmed.equals(etag)) {
					return true;
				}
			}
			return false;
		}

		private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
			refused.increment();
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), HttpErrorBody.of(status, message));
		}

	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/**
	 * A GET's parameters: the hash, and the operation's name and variables as sent (the
	 * ETag is of them as sent: another spelling is another URL to a proxy anyway).
	 */
	record Get(String hash, String operationName, String variables, Map<String, Object> extensions) {

		static Get read(HttpServletRequest request, ObjectMapper json) {
			if (request.getParameter("query") != null) {
				throw new IllegalArgumentException("A GET names a persisted query by its hash only, without 'query': "
						+ "register the text with a POST (query and extensions.persistedQuery.sha256Hash) first.");
			}
			Map<String, Object> extensions = object(single(request, "extensions"), "extensions", json);
			if (extensions == null || !(extensions.get("persistedQuery") instanceof Map<?, ?> persisted)
					|| !(persisted.get("sha256Hash") instanceof String hash) || !SHA256.matcher(hash).matches()) {
				throw new IllegalArgumentException("A GET needs extensions={\"persistedQuery\":{\"version\":1,"
						+ "\"sha256Hash\":\"<64 hex digits>\"}}.");
			}
			String variables = single(request, "variables");
			object(variables, "variables", json);
			return new Get(hash, single(request, "operationName"), variables, extensions);
		}

		/** The body of the POST this GET stands for. */
		byte[] body(String text, ObjectMapper json) throws JsonProcessingException {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", text);
			if (operationName != null) {
				body.put("operationName", operationName);
			}
			if (variables != null) {
				body.put("variables", object(variables, "variables", json));
			}
			body.put("extensions", extensions);
			return json.writeValueAsBytes(body);
		}

		private static String single(HttpServletRequest request, String name) {
			String[] values = request.getParameterValues(name);
			if (values == null) {
				return null;
			}
			if (values.length > 1) {
				throw new IllegalArgumentException("'" + name + "' is given more than once.");
			}
			return values[0];
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> object(String value, String name, ObjectMapper json) {
			if (value == null || value.isEmpty()) {
				return null;
			}
			try {
				if (json.readTree(value) instanceof com.fasterxml.jackson.databind.node.ObjectNode node) {
					return json.convertValue(node, Map.class);
				}
			}
			catch (JsonProcessingException ex) {
				// said below, without echoing the input
			}
			throw new IllegalArgumentException("'" + name + "' must be a JSON object.");
		}

	}

	/** The POST a GET stands for: its body is the request's JSON. */
	private static final class AsPost extends HttpServletRequestWrapper {

		private final byte[] body;

		AsPost(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public String getMethod() {
			return HttpMethod.POST.name();
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_JSON_VALUE;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public String getHeader(String name) {
			String own = own(name);
			return own != null ? own : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String own = own(name);
			return own != null ? Collections.enumeration(List.of(own)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>();
			for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements();) {
				String name = e.nextElement();
				if (own(name) == null) {
					names.add(name);
				}
			}
			names.add(HttpHeaders.CONTENT_TYPE);
			names.add(HttpHeaders.CONTENT_LENGTH);
			return Collections.enumeration(names);
		}

		private String own(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				return getContentType();
			}
			if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return Integer.toString(body.length);
			}
			return null;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("read synchronously");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
		}

	}

	/**
	 * One Cache-Control and one ETag per answer: a later one (an answer found public)
	 * replaces the one set before ({@code private, no-store}) instead of adding to it.
	 */
	private static final class OneCacheControl extends HttpServletResponseWrapper {

		OneCacheControl(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.ETAG.equalsIgnoreCase(name)) {
				super.setHeader(name, value);
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

}
