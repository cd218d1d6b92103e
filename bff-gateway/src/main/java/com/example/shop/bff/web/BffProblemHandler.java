package com.example.shop.bff.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.bff.backend.BackendException;
import com.example.shop.problems.ProblemType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Backend failures as {@code /bff/v1} clients see them: 404 not found, 400 with the
 * backend's field errors, 409 a conflict, 412 someone changed it first, 503 a backend
 * that could not answer, 403 a role that may not.
 */
@RestControllerAdvice(basePackages = "com.example.shop.bff")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BffProblemHandler {

	public static final java.net.URI BACKEND_UNAVAILABLE = ProblemType.BACKEND_UNAVAILABLE.uri();

	public static final java.net.URI FORBIDDEN = ProblemType.FORBIDDEN.uri();

	private static final Logger log = LoggerFactory.getLogger(BffProblemHandler.class);

	@ExceptionHandler(BackendException.class)
	ResponseEntity<ProblemDetail> backend(BackendException ex) {
		ProblemDetail problem = switch (ex) {
			case BackendException.NotFound notFound -> problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND.uri(), ex);
			case BackendException.Rejected rejected -> {
				ProblemDetail p = switch (rejected.kind()) {
					case INVALID -> problem(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION.uri(), ex);
					case STALE -> problem(HttpStatus.PRECONDITION_FAILED, ProblemType.VERSION_MISMATCH.uri(), ex);
					case CONFLICT -> problem(HttpStatus.CONFLICT, ProblemType.CONFLICT.uri(), ex);
				};
				p.setProperty("errors", rejected.fieldErrors());
				rejected.properties().forEach(p::setProperty);
				yield p;
			}
			case BackendException.Unavailable unavailable -> {
				log.warn("{} unavailable: {}", ex.backend(), ex.getMessage());
				yield problem(HttpStatus.SERVICE_UNAVAILABLE, BACKEND_UNAVAILABLE, ex);
			}
		};
		problem.setProperty("backend", ex.backend());
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof BackendException.Unavailable) {
			headers.set(HttpHeaders.RETRY_AFTER, "5");
		}
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
		problem.setType(FORBIDDEN);
		problem.setTitle("Forbidden");
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, java.net.URI type, BackendException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(type);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

}
