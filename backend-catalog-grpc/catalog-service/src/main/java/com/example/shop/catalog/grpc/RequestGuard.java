package com.example.shop.catalog.grpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;

import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;

/**
 * Every request to the catalog passes here before the service sees it. The message is
 * parsed here rather than by the transport, so a message that is not valid protobuf (or
 * carries invalid UTF-8 in a string) is INVALID_ARGUMENT naming the field where it can,
 * instead of grpc-java's "Application error processing RPC" (UNKNOWN); then every field
 * is checked against its bounds ({@link RequestLimits}). Either refusal has the shape of
 * every other INVALID_ARGUMENT ({@link CatalogErrors}), and no database is touched.
 */
final class RequestGuard implements ServerInterceptor {

	private final ServerServiceDefinition typed;

	private final CatalogErrors errors;

	private RequestGuard(ServerServiceDefinition typed, CatalogErrors errors) {
		this.typed = typed;
		this.errors = errors;
	}

	/**
	 * The service with its requests taken as bytes and guarded.
	 * @param service the service as generated
	 * @param errors the one mapping of refusals to statuses
	 * @return the guarded service definition
	 */
	static ServerServiceDefinition guard(ServerServiceDefinition service, CatalogErrors errors) {
		return ServerInterceptors.intercept(ServerInterceptors.useInputStreamMessages(service),
				new RequestGuard(service, errors));
	}

	@Override
	public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
			ServerCallHandler<ReqT, RespT> next) {
		@SuppressWarnings("unchecked")
		MethodDescriptor<Object, Object> method = (MethodDescriptor<Object, Object>) this.typed
			.getMethod(call.getMethodDescriptor().getFullMethodName())
			.getMethodDescriptor();
		return new Guarded<>(next.startCall(call, headers), call, method);
	}

	private final class Guarded<ReqT, RespT>
			extends ForwardingServerCallListener.SimpleForwardingServerCallListener<ReqT> {

		private final ServerCall<ReqT, RespT> call;

		private final MethodDescriptor<Object, Object> method;

		private boolean refused;

		Guarded(ServerCall.Listener<ReqT> delegate, ServerCall<ReqT, RespT> call,
				MethodDescriptor<Object, Object> method) {
			super(delegate);
			this.call = call;
			this.method = method;
		}

		@Override
		@SuppressWarnings("unchecked")
		public void onMessage(ReqT message) {
			if (this.refused) {
				return;
			}
			byte[] bytes;
			try (InputStream raw = (InputStream) message) {
				bytes = raw.readAllBytes();
			}
			catch (IOException ex) {
				refuse(List.of(new FieldViolation("request", "could not be read")));
				return;
			}
			Message request;
			try {
				request = (Message) this.method.parseRequest(new ByteArrayInputStream(bytes));
			}
			catch (StatusRuntimeException | IllegalArgumentException ex) {
				refuse(WireCheck.problems(bytes, this.method));
				return;
			}
			List<FieldViolation> violations = RequestLimits.check(request);
			if (!violations.isEmpty()) {
				refuse(violations);
				return;
			}
			super.onMessage((ReqT) new ByteArrayInputStream(bytes));
		}

		@Override
		public void onHalfClose() {
			if (!this.refused) {
				super.onHalfClose();
			}
		}

		@Override
		public void onReady() {
			if (!this.refused) {
				super.onReady();
			}
		}

		private void refuse(List<FieldViolation> violations) {
			this.refused = true;
			StatusException status = RequestGuard.this.errors.toStatusException(new DomainRefusal.Invalid(violations));
			this.call.close(status.getStatus(), (status.getTrailers() != null) ? status.getTrailers() : new Metadata());
		}

	}

}
