package com.example.shop.ui.base;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import reactor.core.publisher.Mono;

/**
 * Fetches one page for a lazy grid. The grid asks on a request thread (never a Reactor
 * thread), so waiting for the BFF's answer here is safe and bounded by the BFF's request
 * budget; a failure shows through {@link UiErrors} and leaves the grid empty.
 */
public final class Pages {

	/** The grids' page size: half the backends' maximum of 100. */
	public static final int SIZE = 50;

	private Pages() {
	}

	public static <P, T> Stream<T> fetch(Mono<P> call, Function<P, List<T>> items) {
		try {
			P page = call.block();
			return (page != null) ? items.apply(page).stream() : Stream.empty();
		}
		catch (RuntimeException ex) {
			UiErrors.show(ex);
			return Stream.empty();
		}
	}

}
