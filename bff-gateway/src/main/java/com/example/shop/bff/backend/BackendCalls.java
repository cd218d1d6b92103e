package com.example.shop.bff.backend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendUnavailable;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.retry.Retry;

/**
 * How every call to one backend is made: with the caller's token ({@link Credentials}),
 * within the time left of the request's {@link Budget} (and at most the per-call
 * timeout), through that backend's circuit breaker, with failures classified into
 * {@link BackendFailure}s. Reads and idempotent writes are retried with exponential
 * backoff and jitter while the budget lasts; other writes never are.
 */
final class BackendCalls {

	private final String backend;

	private final Duration callTimeout;

	private final Duration budgetOutsideRequest;

	private final CircuitBreaker circuitBreaker;

	private final int maxRetries;

	private final Duration firstBackoff;

	private final Clock clock;

	private final Function<Throwable, BackendFailure> classifier;

	private final Credentials credentials;

	BackendCalls(String backend, Duration callTimeout, CircuitBreaker circuitBreaker, int maxRetries,
			Duration firstBackoff, Clock clock, Function<Throwable, BackendFailure> classifier,
			Credentials credentials) {
		this.backend = backend;
		this.callTimeout = callTimeout;
		this.budgetOutsideRequest = callTimeout.multipliedBy(maxRetries + 1L);
		this.circuitBreaker = circuitBreaker;
		this.maxRetries = maxRetries;
		this.firstBackoff = firstBackoff;
		this.clock = clock;
		this.classifier = classifier;
		this.credentials = credentials;
	}

	public String backend() {
		return this.backend;
	}

	public CircuitBreaker circuitBreaker() {
		return this.circuitBreaker;
	}

	/**
	 * A read: retried on transient failure while the budget lasts.
	 * @param <T> the result type
	 * @param call the call, given the time it may take (a gRPC deadline)
	 * @return the result, or a classified {@link BackendFailure}
	 */
	public <T> Mono<T> read(Function<Duration, Mono<T>> call) {
		return execute(call, true);
	}

	/**
	 * A write that is safe to repeat (it carries an idempotency key, or is idempotent by
	 * nature).
	 * @param <T> the result type
	 * @param call the call, given the time it may take
	 * @return the result, or a classified {@link BackendFailure}
	 */
	public <T> Mono<T> idempotentWrite(Function<Duration, Mono<T>> call) {
		return execute(call, true);
	}

	/**
	 * A write that must not be repeated blindly (an {@code If-Match} change: a repeat
	 * after a lost answer would be a 412 that hides the success).
	 * @param <T> the result type
	 * @param call the call, given the time it may take
	 * @return the result, or a classified {@link BackendFailure}
	 */
	public <T> Mono<T> write(Function<Duration, Mono<T>> call) {
		return execute(call, false);
	}

	/**
	 * A long-lived stream, outside any budget and circuit breaker, opened with the
	 * caller's token (resolved anew each time the stream is subscribed, so a reconnect
	 * carries a fresh one).
	 * @param <T> the element type
	 * @param stream the stream, not yet subscribed
	 * @return the same stream, with the token
	 */
	public <T> Flux<T> stream(Flux<T> stream) {
		return Flux.deferContextual((context) -> this.credentials.bearer(context, this.backend)
			.flatMapMany((token) -> stream.contextWrite(Context.of(Credentials.BEARER, token))));
	}

	private <T> Mono<T> execute(Function<Duration, Mono<T>> call, boolean retry) {
		return Mono.deferContextual((context) -> {
			Instant deadline = this.clock.instant()
				.plus(Budget.remaining(context, this.clock, this.budgetOutsideRequest));
			Mono<T> attempt = Mono.defer(() -> {
				Duration left = Duration.between(this.clock.instant(), deadline);
				if (left.isNegative() || left.isZero()) {
					// Decided before the circuit breaker: a backend that was never asked
					// has
					// neither failed nor answered.
					return Mono.error(new BackendUnavailable(this.backend, BackendUnavailable.Why.BUDGET_SPENT,
							this.backend + " was not asked: the request's time budget is spent", null));
				}
				boolean cutByBudget = left.compareTo(this.callTimeout) < 0;
				Duration timeout = cutByBudget ? left : this.callTimeout;
				return call.apply(timeout)
					.timeout(timeout)
					.onErrorMap((ex) -> !(ex instanceof BackendFailure), (ex) -> classify(ex, cutByBudget))
					.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker))
					.onErrorMap(CallNotPermittedException.class,
							(ex) -> new BackendUnavailable(this.backend, BackendUnavailable.Why.CIRCUIT_OPEN,
									this.backend + " is failing; calls are paused while its circuit is open", ex));
			});
			Mono<T> attempts = (!retry || this.maxRetries == 0) ? attempt
					: attempt.retryWhen(Retry.backoff(this.maxRetries, this.firstBackoff)
						.jitter(0.5)
						.filter(BackendCalls::isTransient)
						.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
			// The caller's token, resolved once per call and carried to the transport.
			return this.credentials.bearer(context, this.backend)
				.flatMap((token) -> attempts.contextWrite(Context.of(Credentials.BEARER, token)));
		});
	}

	private BackendFailure classify(Throwable ex, boolean cutByBudget) {
		if (ex instanceof TimeoutException) {
			// Cut short by what the request's budget had left (another backend was slow):
			// this backend had less than its own timeout, so it is not held against it.
			return cutByBudget
					? new BackendUnavailable(this.backend, BackendUnavailable.Why.BUDGET_SPENT,
							this.backend + " did not answer before the request's time budget was spent", ex)
					: new BackendUnavailable(this.backend, this.backend + " did not answer in time", ex);
		}
		return this.classifier.apply(ex);
	}

	private static boolean isTransient(Throwable ex) {
		return ex instanceof BackendUnavailable unavailable && (unavailable.why() == BackendUnavailable.Why.NO_ANSWER
				|| unavailable.why() == BackendUnavailable.Why.IN_FLIGHT);
	}

}
