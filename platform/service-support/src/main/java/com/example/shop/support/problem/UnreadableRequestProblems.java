package com.example.shop.support.problem;

import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.problems.ProblemType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Requests whose parameters or headers cannot be read are a 400 {@code malformed-request}
 * problem, not the 500 they would be at {@link ProblemDetailsHandler}'s catch-all. Both
 * are refused lazily, when a controller first reads a parameter or a header, so the
 * refusal arrives as an exception in the middle of binding. Each advice is registered
 * only where its library is, ahead of the catch-all; neither repeats what it could not
 * read.
 */
public final class UnreadableRequestProblems {

	private static final Logger log = LoggerFactory.getLogger(UnreadableRequestProblems.class);

	private UnreadableRequestProblems() {
	}

	/**
	 * Tomcat's: a parameter's name or value that is not percent-encoded UTF-8
	 * ({@code ?q=%FF}, {@code ?q=%zz}), or more parameters than
	 * {@code server.tomcat.max-parameter-count}.
	 */
	@RestControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	public static class Parameters {

		@ExceptionHandler(InvalidParameterException.class)
		ResponseEntity<ProblemDetail> unreadable(InvalidParameterException ex, WebRequest request) {
			HttpStatus chosen = HttpStatus.resolve(ex.getErrorCode());
			return refuse((chosen != null && chosen.is4xxClientError()) ? chosen : HttpStatus.BAD_REQUEST, request,
					"The request's parameters cannot be read: every name and value must be percent-encoded UTF-8, "
							+ "and there may not be more of them than the server takes");
		}

	}

	/**
	 * Spring Security's firewall's: a header (or parameter name) holding characters it
	 * does not allow, such as a control character, or UTF-8 bytes where a header must be
	 * ASCII ({@code If-Match} or {@code Idempotency-Key} typed in Korean).
	 */
	@RestControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	public static class Firewall {

		@ExceptionHandler(RequestRejectedException.class)
		ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex, WebRequest request) {
			return refuse(HttpStatus.BAD_REQUEST, request,
					"The request holds a header or parameter name this server does not accept: "
							+ "headers must be ASCII without control characters");
		}

	}

	private static ResponseEntity<ProblemDetail> refuse(HttpStatus status, WebRequest request, String detail) {
		log.info("Refused a request that cannot be read for {} ({})", request.getDescription(false), status.value());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemType.MALFORMED_REQUEST.uri());
		problem.setTitle("Malformed request");
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
