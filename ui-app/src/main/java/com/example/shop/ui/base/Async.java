package com.example.shop.ui.base;

import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a BFF call without blocking anyone: the answer (or the error, through
 * {@link UiErrors}) is applied to the screen with {@code ui.access}, as the signed-in
 * user, so a follow-up BFF call from the callback still passes method security.
 */
public final class Async {

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
			.subscribe((value) -> ui.access(() -> as(security, () -> {
				try {
					value.ifPresent(onValue);
				}
				finally {
					always.run();
				}
			})), (error) -> ui.access(() -> as(security, () -> {
				try {
					UiErrors.show(error);
				}
				finally {
					always.run();
				}
			})));
	}

	/** Applies each element of a long-lived stream to the UI; errors end it quietly. */
	public static <T> Disposable follow(Flux<T> stream, Consumer<T> onValue) {
		UI ui = UI.getCurrent();
		SecurityContext security = SecurityContextHolder.getContext();
		return stream.subscribe((value) -> ui.access(() -> as(security, () -> onValue.accept(value))),
				(error) -> UiErrors.log(error));
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
