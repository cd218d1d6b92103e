package com.example.shop.catalog.grpc;

import java.util.Map;
import java.util.TreeMap;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.Refusal;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoOperationTimeoutException;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.catalog.CatalogRefusal;
import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.Refusal;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The one place exceptions become gRPC statuses, with google.rpc details. Boot's gRPC
 * server applies it to every exception a call throws; the watch stream, whose failures
 * happen off the call's thread, uses {@link #toStatusException} itself. A client's
 * mistake never reads as UNKNOWN, and the service's own failures read as INTERNAL without
 * their internals.
 */
@Component
class CatalogErrors implements GrpcExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(CatalogErrors.class);

	@Override
	public StatusException handleException(Throwable exception) {
		return toStatusException(exception);
	}

	StatusException toStatusException(Throwable exception) {
		return switch (exception) {
			case StatusException status -> status;
			case AuthenticationException unauthenticated -> security(Code.UNAUTHENTICATED, ProblemType.UNAUTHORIZED,
					"Sign in: send 'authorization: Bearer <token>' from the shop's identity provider ("
							+ unauthenticated.getMessage() + ")");
			case AccessDeniedException denied -> security(Code.PERMISSION_DENIED, ProblemType.FORBIDDEN,
					"Your role may not do this (see docs/security.md for who may do what)");
			case StatusRuntimeException status -> new StatusException(status.getStatus(), status.getTrailers());
			case DomainRefusal.Invalid invalid -> {
				BadRequest.Builder badRequest = BadRequest.newBuilder();
				invalid.violations()
					.forEach((violation) -> badRequest.addFieldViolations(BadRequest.FieldViolation.newBuilder()
						.setField(violation.field())
						.setDescription(violation.message())));
				yield status(Code.INVALID_ARGUMENT, invalid, Any.pack(badRequest.build()));
			}
			case DomainRefusal.NotFound notFound -> status(Code.NOT_FOUND, notFound,
					Any.pack(resource(notFound.resource(), notFound.id(), notFound.getMessage())));
			case CatalogRefusal.AlreadyExists exists -> status(Code.ALREADY_EXISTS, exists,
					Any.pack(resource(exists.resource(), exists.id(), exists.getMessage())));
			case CatalogRefusal.NotEnoughStock shortage -> {
				PreconditionFailure.Builder failure = PreconditionFailure.newBuilder();
				shortage.shortages()
					.forEach((line) -> failure.addViolations(PreconditionFailure.Violation.newBuilder()
						.setType("STOCK")
						.setSubject(line.sku())
						.setDescription("requested %d, %d available".formatted(line.requested(), line.available()))));
				yield status(Code.FAILED_PRECONDITION, shortage, Any.pack(failure.build()));
			}
			case DomainRefusal.Conflict conflict -> status(Code.FAILED_PRECONDITION, conflict);
			case DomainRefusal.StaleVersion stale -> status(Code.ABORTED, stale);
			case CatalogRefusal.InProgress busy -> status(Code.ABORTED, busy);
			case CatalogRefusal.Abandoned abandoned -> {
				Deadline deadline = Context.current().getDeadline();
				Code code = (deadline != null && deadline.isExpired()) ? Code.DEADLINE_EXCEEDED : Code.CANCELLED;
				yield status(code, abandoned);
			}
			case Throwable timeout when timedOut(timeout) -> {
				Deadline deadline = Context.current().getDeadline();
				yield (deadline != null && deadline.isExpired())
						? Status.DEADLINE_EXCEEDED.withDescription("The deadline passed while the catalog worked")
							.asException()
						: Status.UNAVAILABLE.withDescription("The catalog's database did not answer in time; try again")
							.asException();
			}
			default -> {
				log.error("A catalog call failed", exception);
				yield Status.INTERNAL.withDescription("The catalog failed to answer; try again later").asException();
			}
		};
	}

	/**
	 * Whether a database operation ran out of its time ({@code CallDeadlines}): the
	 * driver's operation timeout or the server's {@code maxTimeMS}, however Spring
	 * wrapped it.
	 */
	private static boolean timedOut(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof MongoOperationTimeoutException || cause instanceof MongoExecutionTimeoutException
					|| cause instanceof QueryTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static StatusException status(Code code, Refusal refusal, Any... details) {
		com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
			.setCode(code.getNumber())
			.setMessage(refusal.getMessage());
		for (Any detail : details) {
			status.addDetails(detail);
		}
		status.addDetails(Any.pack(ErrorInfo.newBuilder()
			.setReason(refusal.problemType().reason())
			.setDomain(ProblemType.GRPC_DOMAIN)
			.putAllMetadata(metadata(refusal.properties()))
			.build()));
		return StatusProto.toStatusException(status.build());
	}

	private static StatusException security(Code code, ProblemType type, String message) {
		return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
			.setCode(code.getNumber())
			.setMessage(message)
			.addDetails(Any
				.pack(ErrorInfo.newBuilder().setReason(type.reason()).setDomain(ProblemType.GRPC_DOMAIN).build()))
			.build());
	}

	private static Map<String, String> metadata(Map<String, Object> properties) {
		Map<String, String> metadata = new TreeMap<>();
		properties.forEach((key, value) -> metadata.put(key, String.valueOf(value)));
		return metadata;
	}

	private static ResourceInfo resource(String type, String name, String description) {
		return ResourceInfo.newBuilder()
			.setResourceType(type)
			.setResourceName(name)
			.setDescription(description)
			.build();
	}

}
