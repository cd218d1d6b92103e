package com.example.shop.bff;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the BFF reaches and protects itself from its backends. Defaults run against the
 * local run; every deployment sets the URLs.
 *
 * @param requestBudget how long one user request may take across all its backend calls
 * @param orders the orders REST backend
 * @param billing the billing REST backend
 * @param catalog the catalog gRPC backend (its address is
 * {@code spring.grpc.client.channel.catalog.target})
 * @param retry how reads and idempotent writes are retried within the budget
 * @param circuitBreaker how each backend's circuit breaker opens and closes
 * @param serviceClient the OAuth2 client registration of the UI's client-credentials
 * grant, for work with no person behind it ({@link ServiceIdentity})
 */
@ConfigurationProperties("app.bff")
@Validated
public record BffProperties(@NotNull @DefaultValue("2500ms") Duration requestBudget,
		@NotNull @Valid @DefaultValue Http orders, @NotNull @Valid @DefaultValue Http billing,
		@NotNull @Valid @DefaultValue Grpc catalog, @NotNull @Valid @DefaultValue RetrySettings retry,
		@NotNull @Valid @DefaultValue CircuitBreakerSettings circuitBreaker,
		@NotNull @DefaultValue("shop-service") String serviceClient) {

	/**
	 * A REST backend.
	 *
	 * @param baseUrl where it listens (ui-app's configuration defaults it to the local
	 * run's port)
	 * @param timeout the longest one call may take (capped by the budget)
	 */
	public record Http(@NotNull URI baseUrl, @NotNull @DefaultValue("1200ms") Duration timeout) {
	}

	/**
	 * The gRPC backend.
	 *
	 * @param timeout the longest one call may take (capped by the budget), sent as the
	 * gRPC deadline
	 * @param maxReconnectBackoff the longest pause between reconnects of the change
	 * stream
	 */
	public record Grpc(@NotNull @DefaultValue("1200ms") Duration timeout,
			@NotNull @DefaultValue("15s") Duration maxReconnectBackoff) {
	}

	/**
	 * Retries of reads and idempotent writes.
	 *
	 * @param maxRetries retries after the first attempt
	 * @param firstBackoff the first pause; doubled each time, with 50% jitter
	 */
	public record RetrySettings(@DefaultValue("2") int maxRetries,
			@NotNull @DefaultValue("50ms") Duration firstBackoff) {
	}

	/**
	 * One circuit breaker per backend, counting the last {@code windowSize} calls. Tuned
	 * to open after a handful of failures: Resilience4j's defaults need 100 calls, which
	 * a BFF under light load never sees.
	 *
	 * @param windowSize calls remembered
	 * @param minimumCalls calls needed before the failure rate counts
	 * @param failureRatePercent failure rate that opens the circuit
	 * @param openFor how long calls are refused before trying again
	 * @param halfOpenCalls trial calls that decide whether to close again
	 */
	public record CircuitBreakerSettings(@DefaultValue("10") int windowSize, @DefaultValue("5") int minimumCalls,
			@DefaultValue("50") float failureRatePercent, @NotNull @DefaultValue("10s") Duration openFor,
			@DefaultValue("2") int halfOpenCalls) {
	}

}
