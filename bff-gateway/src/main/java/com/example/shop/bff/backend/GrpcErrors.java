package com.example.shop.bff.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.BackendUnavailable;
import com.example.shop.bff.InvalidField;
import com.example.shop.problems.ProblemType;
import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * Classifies gRPC statuses, with their rich error details, into {@link BackendFailure}s.
 */
final class GrpcErrors {

	private GrpcErrors() {
	}

	static BackendFailure classify(String backend, Throwable ex) {
		if (!(ex instanceof StatusRuntimeException sre)) {
			return new BackendUnavailable(backend, backend + " failed: " + ex.getClass().getSimpleName(), ex);
		}
		Status.Code code = sre.getStatus().getCode();
		String detail = (sre.getStatus().getDescription() != null) ? sre.getStatus().getDescription() : code.name();
		List<InvalidField> fields = new ArrayList<>();
		Map<String, Object> properties = new LinkedHashMap<>();
		com.google.rpc.Status rich = StatusProto.fromThrowable(sre);
		if (rich != null) {
			for (Any any : rich.getDetailsList()) {
				unpack(any, fields, properties);
			}
		}
		ProblemType known = ProblemType.ofReason(String.valueOf(properties.get("reason"))).orElse(null);
		return switch (code) {
			case NOT_FOUND -> new BackendNotFound(backend, detail, ex);
			case INVALID_ARGUMENT, OUT_OF_RANGE -> new BackendRefusal(backend, BackendRefusal.Kind.INVALID, code.name(),
					known, detail, fields, properties, ex);
			// The same reservation still being made by another call: a healthy "ask again
			// shortly", never a refusal (the caller would start over while it is held).
			case ABORTED -> (known == ProblemType.RESERVATION_IN_PROGRESS)
					? new BackendUnavailable(backend, BackendUnavailable.Why.IN_FLIGHT, detail, ex)
					: new BackendRefusal(backend, BackendRefusal.Kind.STALE, code.name(), known, detail, fields,
							properties, ex);
			case PERMISSION_DENIED, UNAUTHENTICATED -> new BackendRefusal(backend, BackendRefusal.Kind.FORBIDDEN,
					code.name(), known, detail, fields, properties, ex);
			case FAILED_PRECONDITION, ALREADY_EXISTS -> new BackendRefusal(backend, BackendRefusal.Kind.CONFLICT,
					code.name(), known, detail, fields, properties, ex);
			// What the status says, or what raised it where it says nothing: an UNKNOWN
			// without a description is an exception (on either side) that no handler
			// mapped.
			default -> new BackendUnavailable(backend,
					"%s answered %s: %s".formatted(backend, code, (sre.getStatus().getDescription() != null)
							? sre.getStatus().getDescription() : String.valueOf(sre.getCause())),
					ex);
		};
	}

	private static void unpack(Any any, List<InvalidField> fields, Map<String, Object> properties) {
		try {
			if (any.is(BadRequest.class)) {
				any.unpack(BadRequest.class)
					.getFieldViolationsList()
					.forEach((v) -> fields.add(new InvalidField(v.getField(), v.getDescription())));
			}
			else if (any.is(PreconditionFailure.class)) {
				List<Map<String, String>> violations = new ArrayList<>();
				any.unpack(PreconditionFailure.class)
					.getViolationsList()
					.forEach((v) -> violations.add(
							Map.of("type", v.getType(), "subject", v.getSubject(), "description", v.getDescription())));
				properties.put("violations", violations);
			}
			else if (any.is(ErrorInfo.class)) {
				ErrorInfo info = any.unpack(ErrorInfo.class);
				properties.put("reason", info.getReason());
				properties.putAll(info.getMetadataMap());
			}
		}
		catch (InvalidProtocolBufferException ex) {
			// A detail we cannot read adds nothing; the status itself still classifies
			// the error.
		}
	}

}
