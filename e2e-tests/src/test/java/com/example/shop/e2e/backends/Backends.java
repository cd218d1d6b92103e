package com.example.shop.e2e.backends;

import java.util.function.Supplier;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/**
 * The three backends, called directly: to arrange a test's data and to check what the
 * backends hold after the user's task.
 *
 * @param orders orders over REST
 * @param billing billing over REST
 * @param catalog catalog over gRPC
 */
public record Backends(OrdersClient orders, BillingClient billing, CatalogClient catalog) {

	/**
	 * Clients of the backends at these addresses (one gRPC channel, kept for the run),
	 * every call with the token.
	 */
	public static Backends at(Endpoints endpoints, Supplier<String> token) {
		ManagedChannel channel = ManagedChannelBuilder.forTarget(endpoints.catalogGrpcTarget()).usePlaintext().build();
		return new Backends(new OrdersClient(endpoints.ordersUrl(), token),
				new BillingClient(endpoints.billingUrl(), token), new CatalogClient(channel, token));
	}

}
