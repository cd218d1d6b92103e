package com.example.shop.bff.web;

import java.util.List;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.problems.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(BffProblemHandler.class);

	@ExceptionHandler(BackendFailure.class)
	ResponseEntity<ProblemDetail> backend(BackendFailure ex) {
		ProblemDetail problem = switch (ex) {
			case BackendNotFound notFound -> problem(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, ex);
			case BackendRefusal rejected -> {
				ProblemDetail p = switch (rejected.kind()) {
					case INVALID -> problem(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, ex);
					case STALE -> problem(HttpStatus.PRECONDITION_FAILED, ProblemType.VERSION_MISMATCH, ex);
					case CONFLICT -> problem(HttpStatus.CONFLICT, ProblemType.CONFLICT, ex);
					case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, ex);
				};
				p.setProperty("errors", rejected.invalidFields());
				rejected.properties().forEach(p::setProperty);
				yield p;
			}
			case BackendUnavailable unavailable -> {
				if (unavailable.why() == BackendUnavailable.Why.CIRCUIT_OPEN) {
					// Logged once, as the circuit opened (CircuitLog).
					log.debug("{} unavailable: {}", ex.backend(), ex.getMessage());
				}
				else {
					log.error("{} unavailable: {}", ex.backend(), ex.getMessage());
				}
				yield problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.BACKEND_UNAVAILABLE, ex);
			}
		};
		problem.setProperty("backend", ex.backend());
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof BackendUnavailable) {
			headers.set(HttpHeaders.RETRY_AFTER, "5");
		}
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
		problem.setType(ProblemType.FORBIDDEN.uri());
		problem.setTitle("Forbidden");
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, ProblemType type, BackendFailure ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(type.uri());
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

}
