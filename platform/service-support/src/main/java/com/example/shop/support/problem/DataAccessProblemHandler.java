package com.example.shop.support.problem;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.problems.ProblemType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Database refusals that are not bugs. Registered only where Spring's data access classes
 * are on the classpath (the services with a database), ahead of
 * {@link ProblemDetailsHandler}'s catch-all.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class DataAccessProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(DataAccessProblemHandler.class);

	/**
	 * A unique constraint caught a race the domain's own checks could not see: a
	 * conflict, not a crash.
	 */
	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex, WebRequest request) {
		log.info("Refused a duplicate for {}: {}", request.getDescription(false),
				ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This conflicts with something that already exists; reload and try again");
		problem.setType(ProblemType.CONFLICT.uri());
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		return respond(problem);
	}

	/**
	 * The database refused a value the request carried (SQLSTATE class 22, "data
	 * exception": a NUL character in text, a number or text too large for its column).
	 * The request's fault, so a 400 rather than a 500; other integrity violations stay
	 * unexpected.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> dataRefused(DataIntegrityViolationException ex, WebRequest request) {
		if (!isDataException(ex)) {
			log.error("Unhandled error for {}", request.getDescription(false), ex);
			return respond(ProblemDetailsHandler.internalError());
		}
		log.info("Refused a value the database cannot store for {}: {}", request.getDescription(false),
				ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"A value in the request cannot be stored: text must not contain NUL characters, "
						+ "and numbers and text must fit their fields");
		problem.setType(ProblemType.VALIDATION.uri());
		problem.setTitle("Invalid request");
		return respond(problem);
	}

	/**
	 * The database did not answer within the service's timeouts (no connection within 1
	 * s, a statement or lock wait past 1 s): a 503 the caller may retry, at once, rather
	 * than a request parked until a pool gives up.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, QueryTimeoutException.class,
			TransientDataAccessException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex, WebRequest request) {
		log.error("The database did not answer for {}: {}", request.getDescription(false), ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The service's database did not answer in time; try again shortly");
		problem.setType(ProblemType.SERVICE_UNAVAILABLE.uri());
		problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isDataException(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

}
