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
 * @param reconciler the reconciler that finishes unfinished sagas
 * @param saga the placement and cancellation sagas themselves
 * @param serviceClient the OAuth2 client registration of the UI's client-credentials
 * grant, for work with no person behind it ({@link ServiceIdentity})
 */
@ConfigurationProperties("app.bff")
@Validated
public record BffProperties(@NotNull @DefaultValue("2500ms") Duration requestBudget,
		@NotNull @Valid @DefaultValue Http orders, @NotNull @Valid @DefaultValue Http billing,
		@NotNull @Valid @DefaultValue Grpc catalog, @NotNull @Valid @DefaultValue RetrySettings retry,
		@NotNull @Valid @DefaultValue CircuitBreakerSettings circuitBreaker,
		@NotNull @Valid @DefaultValue Reconciler reconciler, @NotNull @Valid @DefaultValue Saga saga,
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
	 * Retries of reads and idempotent writes, and hedges of reads.
	 *
	 * @param maxRetries retries after the first attempt
	 * @param firstBackoff the first pause; doubled each time, with 50% jitter
	 * @param hedgeAfter how long a read waits for its answer before it is sent a second
	 * time (the first answer of the two is taken); zero turns hedging off. Above the
	 * backends' usual latency (their p99 at a sustained rate was 20 to 35 ms,
	 * bff-gateway/README.md), so only a read in the slow tail is sent again.
	 */
	public record RetrySettings(@DefaultValue("2") int maxRetries, @NotNull @DefaultValue("50ms") Duration firstBackoff,
			@NotNull @DefaultValue("100ms") Duration hedgeAfter) {
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

	/**
	 * The reconciler: on a schedule, it claims orders whose saga is unfinished (a lease
	 * per order, through orders) and finishes them with the same idempotent steps, and
	 * settles committed reservations whose order was never created. Off in the library
	 * (tests turn it on when they mean to); ui-app turns it on.
	 *
	 * @param enabled whether it runs
	 * @param interval the pause between two passes
	 * @param batch how many orders one pass claims
	 * @param lease how long a claim holds, longer than a pass takes
	 * @param grace how old an order's saga progress must be before it is claimed, so a
	 * placement still running finishes itself
	 * @param orphanGrace how old a committed reservation without order must be before its
	 * placement is abandoned and the stock goes back; far longer than any request
	 * @param maxBackoff the longest pause before an order whose steps keep failing is
	 * tried again (the pause doubles from {@code interval})
	 * @param owner this instance's name in leases; a unique one by default
	 */
	public record Reconciler(@DefaultValue("false") boolean enabled, @NotNull @DefaultValue("10s") Duration interval,
			@DefaultValue("20") int batch, @NotNull @DefaultValue("60s") Duration lease,
			@NotNull @DefaultValue("30s") Duration grace, @NotNull @DefaultValue("2m") Duration orphanGrace,
			@NotNull @DefaultValue("5m") Duration maxBackoff, String owner) {
	}

	/**
	 * The sagas.
	 *
	 * @param shutdownWait how long a shutdown waits for sagas in flight (those started
	 * from the UI run outside any HTTP request, so the web server's graceful shutdown
	 * does not see them)
	 * @param testGateDir a test flag: a directory where the fault-injection suite holds a
	 * saga before a step (a file named {@code <placement or order id>.<STEP>}); unset in
	 * every deployment
	 */
	public record Saga(@NotNull @DefaultValue("20s") Duration shutdownWait, String testGateDir) {
	}

}
