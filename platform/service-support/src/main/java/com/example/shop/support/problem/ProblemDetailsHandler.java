package com.example.shop.support.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;
import com.example.shop.support.http.RequestBodyLimit;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;

/**
 * Turns every failure into an RFC 9457 problem with a stable {@code type}. Client
 * mistakes are 4xx with the bad fields named; anything unexpected is a 500 whose body
 * says nothing about the code (the log has the trace).
 */
@RestControllerAdvice
// Last in line: an application's more specific advice (the BFF's) handles its own
// exceptions first.
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	@ExceptionHandler(DomainRefusal.class)
	ResponseEntity<Object> domain(DomainRefusal ex, WebRequest request) {
		HttpStatus status = switch (ex) {
			case DomainRefusal.NotFound notFound -> HttpStatus.NOT_FOUND;
			case DomainRefusal.Invalid invalid -> HttpStatus.BAD_REQUEST;
			case DomainRefusal.Conflict conflict -> HttpStatus.CONFLICT;
			case DomainRefusal.StaleVersion stale -> HttpStatus.PRECONDITION_FAILED;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(ex.type());
		// Every validation problem has one title, whether the framework or the domain
		// found it.
		problem.setTitle((ex instanceof DomainRefusal.Invalid) ? "Invalid request" : titleOf(status));
		ex.properties().forEach(problem::setProperty);
		if (ex instanceof DomainRefusal.Invalid invalid) {
			problem.setProperty("errors", invalid.violations());
		}
		return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
	}

	@ExceptionHandler(HttpProblemException.class)
	ResponseEntity<Object> http(HttpProblemException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(ex.type());
		problem.setTitle(titleOf(ex.status()));
		ex.properties().forEach(problem::setProperty);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.status(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unhandled error for {}", request.getDescription(false), ex);
		return handleExceptionInternal(ex, internalError(), new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
				request);
	}

	/** The body of every 500: nothing about the code; the log has the trace. */
	static ProblemDetail internalError() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not complete the request. It has been logged; try again later.");
		problem.setType(ProblemType.INTERNAL.uri());
		problem.setTitle("Internal error");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getField(), message(error))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getObjectName(), message(error))));
		return validation(ex, violations, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach((error) -> {
				String field = (error instanceof FieldError fieldError) ? name + "." + fieldError.getField() : name;
				violations.add(new FieldViolation(field, message(error)));
			});
		});
		return validation(ex, violations, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> required = ex.getRequiredType();
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			ResolvableType type = ResolvableType.forMethodParameter(mismatch.getParameter());
			required = java.util.Collection.class.isAssignableFrom(type.toClass())
					? type.asCollection().resolveGeneric(0) : type.resolve();
		}
		String expected = (required != null) ? required.getSimpleName() : "value";
		return validation(ex, List.of(new FieldViolation(String.valueOf(field),
				"'%s' is not a valid %s".formatted(ex.getValue(), describeType(required, expected)))), request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validation(ex, List.of(new FieldViolation(ex.getParameterName(), "is required")), request);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(
			org.springframework.web.bind.ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing) {
			return validation(ex, List.of(new FieldViolation(missing.getHeaderName(), "header is required")), request);
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
						tooLarge.getMessage());
				problem.setType(ProblemType.PAYLOAD_TOO_LARGE.uri());
				problem.setTitle("Content Too Large");
				return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				JsonErrors.describe(ex.getMostSpecificCause()));
		problem.setType(ProblemType.MALFORMED_REQUEST.uri());
		problem.setTitle("Malformed request");
		JsonErrors.field(ex.getMostSpecificCause())
			.ifPresent((field) -> problem.setProperty("errors",
					List.of(new FieldViolation(field, JsonErrors.describe(ex.getMostSpecificCause())))));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return typed(ex, headers, status, request, ProblemType.METHOD_NOT_ALLOWED);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return typed(ex, headers, status, request, ProblemType.UNSUPPORTED_MEDIA_TYPE);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return typed(ex, headers, status, request, ProblemType.NOT_ACCEPTABLE);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return typed(ex, headers, status, request, ProblemType.NOT_FOUND);
	}

	private ResponseEntity<Object> typed(Exception ex, HttpHeaders headers, HttpStatusCode status, WebRequest request,
			ProblemType type) {
		ProblemDetail problem = (ex instanceof org.springframework.web.ErrorResponse errorResponse)
				? errorResponse.getBody() : ProblemDetail.forStatus(status);
		problem.setType(type.uri());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private ResponseEntity<Object> validation(Exception ex, List<FieldViolation> violations, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(violations.size() == 1) ? violations.getFirst().field() + ": " + violations.getFirst().message()
						: violations.size() + " fields are invalid");
		problem.setType(ProblemType.VALIDATION.uri());
		problem.setTitle("Invalid request");
		problem.setProperty("errors", violations);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	private static String message(MessageSourceResolvable error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
	}

	private static String describeType(Class<?> type, String fallback) {
		if (type != null && type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			List<String> names = new ArrayList<>();
			for (Object constant : constants) {
				names.add(((Enum<?>) constant).name());
			}
			return "value; expected one of " + names;
		}
		return fallback;
	}

	private static String titleOf(HttpStatusCode status) {
		HttpStatus resolved = HttpStatus.resolve(status.value());
		return (resolved != null) ? resolved.getReasonPhrase() : "Error";
	}

}
