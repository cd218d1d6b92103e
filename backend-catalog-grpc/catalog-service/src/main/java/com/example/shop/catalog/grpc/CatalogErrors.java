package com.example.shop.catalog.grpc;

import java.util.Map;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.example.shop.catalog.CatalogException;
import com.example.shop.problems.ProblemType;

import org.springframework.grpc.server.exception.GrpcExceptionHandler;
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
			case StatusRuntimeException status -> new StatusException(status.getStatus(), status.getTrailers());
			case CatalogException.Invalid invalid -> {
				BadRequest.Builder badRequest = BadRequest.newBuilder();
				invalid.violations()
					.forEach((violation) -> badRequest.addFieldViolations(BadRequest.FieldViolation.newBuilder()
						.setField(violation.field())
						.setDescription(violation.message())));
				yield status(Code.INVALID_ARGUMENT, invalid, Any.pack(badRequest.build()));
			}
			case CatalogException.NotFound notFound -> status(Code.NOT_FOUND, notFound,
					Any.pack(resource(notFound.resourceType(), notFound.resourceName(), notFound.getMessage())));
			case CatalogException.AlreadyExists exists -> status(Code.ALREADY_EXISTS, exists,
					Any.pack(resource(exists.resourceType(), exists.resourceName(), exists.getMessage())));
			case CatalogException.NotEnoughStock shortage -> {
				PreconditionFailure.Builder failure = PreconditionFailure.newBuilder();
				shortage.shortages()
					.forEach((line) -> failure.addViolations(PreconditionFailure.Violation.newBuilder()
						.setType("STOCK")
						.setSubject(line.sku())
						.setDescription("requested %d, %d available".formatted(line.requested(), line.available()))));
				yield status(Code.FAILED_PRECONDITION, shortage, Any.pack(failure.build()));
			}
			case CatalogException.FailedPrecondition failed -> status(Code.FAILED_PRECONDITION, failed);
			case CatalogException.Conflict conflict -> status(Code.ABORTED, conflict);
			case CatalogException.Abandoned abandoned -> {
				Deadline deadline = Context.current().getDeadline();
				Code code = (deadline != null && deadline.isExpired()) ? Code.DEADLINE_EXCEEDED : Code.CANCELLED;
				yield status(code, abandoned);
			}
			default -> {
				log.error("A catalog call failed", exception);
				yield Status.INTERNAL.withDescription("The catalog failed to answer; try again later").asException();
			}
		};
	}

	private static StatusException status(Code code, CatalogException exception, Any... details) {
		com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
			.setCode(code.getNumber())
			.setMessage(exception.getMessage());
		for (Any detail : details) {
			status.addDetails(detail);
		}
		status.addDetails(Any.pack(ErrorInfo.newBuilder()
			.setReason(exception.reason())
			.setDomain(ProblemType.GRPC_DOMAIN)
			.putAllMetadata(Map.copyOf(exception.metadata()))
			.build()));
		return StatusProto.toStatusException(status.build());
	}

	private static ResourceInfo resource(String type, String name, String description) {
		return ResourceInfo.newBuilder()
			.setResourceType(type)
			.setResourceName(name)
			.setDescription(description)
			.build();
	}

}
