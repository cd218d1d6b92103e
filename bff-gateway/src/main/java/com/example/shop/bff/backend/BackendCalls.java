package com.example.shop.bff.backend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendUnavailable;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.util.context.Context;
import reactor.util.retry.Retry;

/**
 * How every call to one backend is made: with the caller's token ({@link Credentials}),
 * within the time left of the request's {@link Budget} (and at most the per-call
 * timeout), through that backend's circuit breaker, with failures classified into
 * {@link BackendFailure}s. Reads and idempotent writes are retried with exponential
 * backoff and jitter while the budget lasts; other writes never are.
 * <p>
 * A read that has not answered after {@code hedgeAfter} is sent a second time, and the
 * first answer of the two is taken, the other ignored: one slow answer in twenty then
 * costs its page {@code hedgeAfter} more, not the whole slow answer. Hedges are rationed
 * to one per ten reads (a small allowance kept for a quiet start), so a backend that is
 * slow for everyone is not sent twice the load, and only a healthy backend's reads are
 * hedged (circuit closed, no failure among the calls it remembers). Writes are never
 * hedged.
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

	private final Duration hedgeAfter;

	private final HedgeAllowance hedges = new HedgeAllowance();

	/**
	 * @param hedgeAfter how long a read waits before it is sent again; zero for never
	 */
	BackendCalls(String backend, Duration callTimeout, CircuitBreaker circuitBreaker, int maxRetries,
			Duration firstBackoff, Duration hedgeAfter, Clock clock, Function<Throwable, BackendFailure> classifier,
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
		this.hedgeAfter = hedgeAfter;
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
		return execute(call, true, true);
	}

	/**
	 * A write that is safe to repeat (it carries an idempotency key, or is idempotent by
	 * nature).
	 * @param <T> the result type
	 * @param call the call, given the time it may take
	 * @return the result, or a classified {@link BackendFailure}
	 */
	public <T> Mono<T> idempotentWrite(Function<Duration, Mono<T>> call) {
		return execute(call, true, false);
	}

	/**
	 * A write that must not be repeated blindly (an {@code If-Match} change: a repeat
	 * after a lost answer would be a 412 that hides the success).
	 * @param <T> the result type
	 * @param call the call, given the time it may take
	 * @return the result, or a classified {@link BackendFailure}
	 */
	public <T> Mono<T> write(Function<Duration, Mono<T>> call) {
		return execute(call, false, false);
	}

	/** How many reads were sent a second time since start. */
	public long hedged() {
		return this.hedges.spent();
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

	private <T> Mono<T> execute(Function<Duration, Mono<T>> call, boolean retry, boolean hedge) {
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
			Mono<T> tried = hedge ? hedged(attempt, deadline) : attempt;
			Mono<T> attempts = (!retry || this.maxRetries == 0) ? tried
					: tried.retryWhen(Retry.backoff(this.maxRetries, this.firstBackoff)
						.jitter(0.5)
						.filter(BackendCalls::isTransient)
						.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
			// The caller's token, resolved once per call and carried to the transport.
			return this.credentials.bearer(context, this.backend)
				.flatMap((token) -> attempts.contextWrite(Context.of(Credentials.BEARER, token)));
		});
	}

	/**
	 * The attempt, and if it has not answered after {@code hedgeAfter} (while the
	 * request's budget lasts and the allowance has a hedge left) the same attempt again:
	 * whichever ends first answers, an error too (a fast refusal is an answer, and a
	 * transient failure is the retry's to handle). The other is left to finish and its
	 * end ignored: cancelling an HTTP call whose answer is arriving makes the client log
	 * the body it had to drop as an error. Only the caller's cancellation stops both.
	 */
	private <T> Mono<T> hedged(Mono<T> attempt, Instant deadline) {
		if (this.hedgeAfter.isZero()) {
			return attempt;
		}
		this.hedges.earn();
		return Mono.create((sink) -> {
			Mono<T> call = attempt.contextWrite(sink.contextView());
			AtomicBoolean ended = new AtomicBoolean();
			// The hedge's timer, stopped as soon as either call ends: a read that answers
			// at once leaves no task scheduled behind it.
			Disposable.Swap timer = Disposables.swap();
			Disposable.Composite running = Disposables.composite(timer);
			sink.onCancel(running);
			running.add(firstToEnd(call, sink, ended, timer));
			timer.update(Mono.delay(this.hedgeAfter).subscribe((tick) -> {
				if (!ended.get() && this.clock.instant().isBefore(deadline) && healthy() && this.hedges.spend()) {
					running.add(firstToEnd(call, sink, ended, timer));
				}
			}));
		});
	}

	/**
	 * Whether the backend is only slow now and then, which a hedge helps with: its
	 * circuit is closed and none of the calls it remembers failed. A backend that fails
	 * (or hangs while its channel reconnects) gets no second call, which would only be a
	 * second failure counted against it.
	 */
	private boolean healthy() {
		return this.circuitBreaker.getState() == CircuitBreaker.State.CLOSED
				&& this.circuitBreaker.getMetrics().getNumberOfFailedCalls() == 0;
	}

	/**
	 * Runs the call; its end is the answer unless another ended first, and stops the
	 * hedge's timer.
	 */
	private static <T> Disposable firstToEnd(Mono<T> call, MonoSink<T> sink, AtomicBoolean ended, Disposable timer) {
		return call.subscribe((value) -> {
			if (ended.compareAndSet(false, true)) {
				timer.dispose();
				sink.success(value);
			}
		}, (error) -> {
			if (ended.compareAndSet(false, true)) {
				timer.dispose();
				sink.error(error);
			}
		}, () -> {
			if (ended.compareAndSet(false, true)) {
				timer.dispose();
				sink.success();
			}
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

	/**
	 * Hedges are earned by reads, a tenth each, up to ten hedges in hand; one starts in
	 * hand.
	 */
	private static final class HedgeAllowance {

		private static final int PER_HEDGE = 10;

		private static final int MOST = 10 * PER_HEDGE;

		/** In tenths of a hedge. */
		private final AtomicInteger tenths = new AtomicInteger(PER_HEDGE);

		private final AtomicLong spent = new AtomicLong();

		void earn() {
			this.tenths.updateAndGet((t) -> Math.min(t + 1, MOST));
		}

		boolean spend() {
			int before = this.tenths.getAndUpdate((t) -> (t >= PER_HEDGE) ? t - PER_HEDGE : t);
			if (before < PER_HEDGE) {
				return false;
			}
			this.spent.incrementAndGet();
			return true;
		}

		long spent() {
			return this.spent.get();
		}

	}

	private static boolean isTransient(Throwable ex) {
		return ex instanceof BackendUnavailable unavailable && (unavailable.why() == BackendUnavailable.Why.NO_ANSWER
				|| unavailable.why() == BackendUnavailable.Why.IN_FLIGHT);
	}

}
