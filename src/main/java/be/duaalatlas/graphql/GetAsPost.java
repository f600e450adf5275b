package be.duaalatlas.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The POST a persisted GET stands for ({@link PersistedGets}): its body is the request's
 * JSON, so that everything after (the security chain, the rate limits, Spring for
 * GraphQL) sees the POST.
 */
final class GetAsPost extends HttpServletRequestWrapper {

	private final byte[] body;

	GetAsPost(HttpServletRequest request, byte[] body) {
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
	public BufferedReader getReader() {
		return new java.io.BufferedReader(
				new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
	}

}
