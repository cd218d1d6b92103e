package com.example.shop.ui.base;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a BFF call without blocking anyone: the answer (or the error, through
 * {@link UiErrors}) is applied to the screen with {@code ui.access}, as the signed-in
 * user, so a follow-up BFF call from the callback still passes method security. An answer
 * for a UI that has gone away in the meantime is dropped. The call carries the UI
 * round-trip's trace (its observation is captured into the Reactor context), so the
 * backend calls it makes are spans of that trace.
 * <p>
 * The answer is applied on a worker thread, never on the HTTP client's event loop: once
 * the request that started the call has ended, {@code ui.access} runs the callback at
 * once and pushes the result from the calling thread, and a lazy grid refreshed by the
 * callback fetches its rows right there, blocking (a customer created from the list,
 * whose callback refreshes the list, failed that way: Reactor refuses to block an event
 * loop).
 */
public final class Async {

	private static final Logger log = LoggerFactory.getLogger(Async.class);

	private Async() {
	}

	/** Applies the call's value to the current UI when it arrives. */
	public static <T> Disposable load(Mono<T> call, Consumer<T> onValue) {
		return load(call, onValue, () -> {
		});
	}

	/**
	 * Applies the call's value when it arrives; {@code always} runs after the value or
	 * the error (to end a progress indicator or enable a button again).
	 */
	public static <T> Disposable load(Mono<T> call, Consumer<T> onValue, Runnable always) {
		UI ui = UI.getCurrent();
		SecurityContext security = SecurityContextHolder.getContext();
		return call.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.publishOn(Schedulers.boundedElastic())
			.contextCapture()
			.subscribe((value) -> apply(ui, security, () -> {
				try {
					value.ifPresent(onValue);
				}
				finally {
					always.run();
				}
			}), (error) -> apply(ui, security, () -> {
				try {
					UiErrors.show(error);
				}
				finally {
					always.run();
				}
			}));
	}

	/** Applies each element of a long-lived stream to the UI; errors end it quietly. */
	public static <T> Disposable follow(Flux<T> stream, Consumer<T> onValue) {
		UI ui = UI.getCurrent();
		SecurityContext security = SecurityContextHolder.getContext();
		return stream.publishOn(Schedulers.boundedElastic())
			.contextCapture()
			.subscribe((value) -> apply(ui, security, () -> onValue.accept(value)), (error) -> UiErrors.log(error));
	}

	/**
	 * Queues the action on the UI, as the user who started the call. A UI that is gone
	 * (tab closed or reloaded, session ended) before the answer came has nobody to show
	 * it to: the answer is dropped quietly rather than thrown on the Reactor thread.
	 */
	private static void apply(UI ui, SecurityContext security, Runnable action) {
		try {
			ui.access(() -> as(security, action));
		}
		catch (UIDetachedException gone) {
			log.debug("An answer arrived for a UI that is gone; dropped");
		}
	}

	private static void as(SecurityContext security, Runnable action) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(security);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
