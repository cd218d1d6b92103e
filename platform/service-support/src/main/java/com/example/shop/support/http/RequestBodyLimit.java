package com.example.shop.support.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.example.shop.problems.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code app.http.max-request-body} with a 413 problem before
 * anything parses it: at once when its {@code Content-Length} says so, and, for a body
 * sent without one (chunked), as soon as the reader passes the limit ({@link TooLarge},
 * which the problem handler answers with the same 413).
 */
public final class RequestBodyLimit extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long limit;

	public RequestBodyLimit(long limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			refuse(response, this.limit);
			return;
		}
		chain.doFilter((request.getContentLengthLong() < 0) ? new Counted(request, this.limit) : request, response);
	}

	/** Writes the 413 problem. */
	public static void refuse(HttpServletResponse response, long limit) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemType.PAYLOAD_TOO_LARGE.uri().toString());
		problem.put("title", "Content Too Large");
		problem.put("status", 413);
		problem.put("detail", "The request body is larger than the %d bytes this service takes".formatted(limit));
		response.setStatus(413);
		// The rest of the body is not read: the connection closes rather than waiting for
		// it.
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/** What a reader gets when a body without a length grows past the limit. */
	public static final class TooLarge extends IOException {

		private final long limit;

		TooLarge(long limit) {
			super("The request body is larger than the %d bytes this service takes".formatted(limit));
			this.limit = limit;
		}

		public long limit() {
			return this.limit;
		}

	}

	private static final class Counted extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > this.limit) {
				throw new TooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
