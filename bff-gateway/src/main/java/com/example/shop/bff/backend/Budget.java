package com.example.shop.bff.backend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * One time budget per user request, carried in the Reactor context. Every backend call
 * under it gets the time that is left (gRPC as its deadline, HTTP as its timeout), so
 * retries and parallel calls never outlive the request.
 */
final class Budget {

	private static final String KEY = Budget.class.getName();

	private Budget() {
	}

	/**
	 * Starts a budget unless an outer one is already running (a composite inside a
	 * composite keeps the first).
	 * @param budget how long the whole request may take
	 * @param clock the clock
	 * @return a context modifier for {@code contextWrite}
	 */
	public static Function<Context, Context> of(Duration budget, Clock clock) {
		return (context) -> context.hasKey(KEY) ? context : context.put(KEY, clock.instant().plus(budget));
	}

	/**
	 * Time left in the request's budget, or {@code fallback} outside of one.
	 * @param context the subscriber's context
	 * @param clock the clock
	 * @param fallback when no budget runs
	 * @return the time left, never negative
	 */
	public static Duration remaining(ContextView context, Clock clock, Duration fallback) {
		if (!context.hasKey(KEY)) {
			return fallback;
		}
		Duration left = Duration.between(clock.instant(), context.<Instant>get(KEY));
		return left.isNegative() ? Duration.ZERO : left;
	}

}
