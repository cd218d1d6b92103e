package com.example.shop.e2e.backends;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
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
	 * What the test's gRPC client does when the catalog answers {@code UNAVAILABLE} ("the
	 * catalog's database did not answer in time; try again"), which a machine running the
	 * whole system, a browser and the tests on two cores sometimes makes it say: it asks
	 * again, up to five times in all, after a randomised, growing pause (gRPC's own retry
	 * policy, <a href=
	 * "https://github.com/grpc/proposal/blob/master/A6-client-retries.md">A6</a>). Every
	 * catalog call a test makes is safe to repeat: reads, and creates of a SKU no one
	 * else uses ({@link CatalogClient#create}).
	 */
	static final Map<String, Object> RETRY_WHEN_UNAVAILABLE = Map.of("methodConfig",
			List.of(Map.of("name", List.of(Map.of("service", CatalogServiceGrpc.SERVICE_NAME)), "retryPolicy",
					Map.of("maxAttempts", 5.0, "initialBackoff", "0.5s", "maxBackoff", "4s", "backoffMultiplier", 2.0,
							"retryableStatusCodes", List.of("UNAVAILABLE")))));

	/**
	 * Clients of the backends at these addresses (one gRPC channel, kept for the run),
	 * every call with the token.
	 */
	public static Backends at(Endpoints endpoints, Supplier<String> token) {
		ManagedChannel channel = ManagedChannelBuilder.forTarget(endpoints.catalogGrpcTarget())
			.usePlaintext()
			.defaultServiceConfig(RETRY_WHEN_UNAVAILABLE)
			.enableRetry()
			.build();
		return new Backends(new OrdersClient(endpoints.ordersUrl(), token),
				new BillingClient(endpoints.billingUrl(), token), new CatalogClient(channel, token));
	}

}
