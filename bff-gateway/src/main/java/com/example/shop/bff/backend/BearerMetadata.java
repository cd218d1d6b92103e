package com.example.shop.bff.backend;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Puts the call's bearer token on every catalog call as {@code authorization} metadata:
 * the one place gRPC calls get their token. {@link GrpcReactor} hands the token over in
 * gRPC's own {@link Context} ({@link #TOKEN}), which is current while a call starts.
 */
final class BearerMetadata implements ClientInterceptor {

	static final Context.Key<String> TOKEN = Context.key("shop-bearer-token");

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	@Override
	public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
		String token = TOKEN.get();
		ClientCall<Q, R> call = next.newCall(method, options);
		if (token == null) {
			return call;
		}
		return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {

			@Override
			public void start(Listener<R> listener, Metadata headers) {
				headers.put(AUTHORIZATION, "Bearer " + token);
				super.start(listener, headers);
			}

		};
	}

}
