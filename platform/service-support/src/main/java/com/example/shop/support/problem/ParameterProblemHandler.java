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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Request parameters that Tomcat cannot read: a name or value that is not percent-encoded
 * UTF-8 ({@code ?q=%FF}, {@code ?q=%zz}) or more parameters than the connector takes
 * ({@code server.tomcat.max-parameter-count}). Tomcat refuses them only when a controller
 * first asks for a parameter, so the refusal comes as an exception in the middle of
 * binding; without this it would reach {@link ProblemDetailsHandler}'s catch-all as a
 * 500. Registered only where Tomcat serves the requests, ahead of that catch-all.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ParameterProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ParameterProblemHandler.class);

	/**
	 * A 400 malformed-request problem (or the 4xx Tomcat chose); its detail does not
	 * repeat the parameters, which Tomcat's message quotes as it could decode them.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> unreadable(InvalidParameterException ex, WebRequest request) {
		HttpStatus chosen = HttpStatus.resolve(ex.getErrorCode());
		HttpStatus status = (chosen != null && chosen.is4xxClientError()) ? chosen : HttpStatus.BAD_REQUEST;
		log.info("Refused parameters that cannot be read for {} ({})", request.getDescription(false), status.value());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The request's parameters cannot be read: every name and value must be percent-encoded UTF-8, "
						+ "and there may not be more of them than the server takes");
		problem.setType(ProblemType.MALFORMED_REQUEST.uri());
		problem.setTitle("Malformed request");
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
