package be.duaalatlas.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code atlas.limits.max-request-size} is read: the largest
 * legitimate request (a partner's write with every string at its bound, or a standard
 * introspection query) is a few tens of KB, while a 3-million-character document was read
 * whole, parsed and kept before this bound. A body that announces its length is refused
 * with 413 before a byte is read; a chunked one stops being read at the bound (and is
 * refused as unreadable, 400).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestSizeLimit {

	@Bean
	FilterRegistrationBean<BoundedBodies> requestSizeLimitFilter(LimitsProperties limits, ObjectMapper json,
			MeterRegistry meters) {
		FilterRegistrationBean<BoundedBodies> registration = new FilterRegistrationBean<>(
				new BoundedBodies(limits.maxRequestSize().toBytes(), json, Refusals.counter(meters, "requestSize")));
		// after CORS, so that a website can read the refusal, before everything else
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 9);
		return registration;
	}

	static final class BoundedBodies extends OncePerRequestFilter {

		private final long maxBytes;

		private final ObjectMapper json;

		private final Counter refused;

		BoundedBodies(long maxBytes, ObjectMapper json, Counter refused) {
			this.maxBytes = maxBytes;
			this.json = json;
			this.refused = refused;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > maxBytes) {
				refused.increment();
				response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				// the unread body is not worth keeping the connection for
				response.setHeader("Connection", "close");
				json.writeValue(response.getOutputStream(), HttpErrors.body(HttpStatus.PAYLOAD_TOO_LARGE));
				return;
			}
			chain.doFilter(new Bounded(request, maxBytes), response);
		}

	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), maxBytes);
			}
			return stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		Counting(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > maxBytes) {
				throw new IOException("The request body is larger than " + maxBytes + " bytes");
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
