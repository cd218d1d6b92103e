package com.example.shop.bff.backend;

import java.util.function.BiConsumer;

import io.grpc.Context;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Adapts grpc-java's async stubs to Reactor, cancelling the call when the subscriber goes
 * away.
 */
final class GrpcReactor {

	private GrpcReactor() {
	}

	/** A unary call: a stream of at most one answer. */
	static <Q, R> Mono<R> unary(BiConsumer<Q, StreamObserver<R>> method, Q request) {
		return serverStream(method, request).singleOrEmpty();
	}

	/**
	 * A server stream. The call starts with the bearer token of the subscriber's context
	 * in gRPC's context, where {@link BearerMetadata} finds it.
	 */
	static <Q, R> Flux<R> serverStream(BiConsumer<Q, StreamObserver<R>> method, Q request) {
		return Flux.create((sink) -> Context.current()
			.withValue(BearerMetadata.TOKEN, sink.contextView().getOrDefault(Credentials.BEARER, null))
			.run(() -> method.accept(request, new ClientResponseObserver<Q, R>() {

				@Override
				public void beforeStart(ClientCallStreamObserver<Q> call) {
					sink.onCancel(() -> call.cancel("The caller no longer needs the answer", null));
				}

				@Override
				public void onNext(R value) {
					sink.next(value);
				}

				@Override
				public void onError(Throwable error) {
					sink.error(error);
				}

				@Override
				public void onCompleted() {
					sink.complete();
				}

			})));
	}

}
