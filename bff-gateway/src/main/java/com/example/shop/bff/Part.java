package com.example.shop.bff;

import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One part of a composite view: either what the backend gave, or a typed marker that this
 * backend could not be asked. Never {@code null} and never an empty list standing in for
 * "no data", so a screen can tell "nothing" from "could not load" and render a
 * placeholder for the latter.
 *
 * @param <T> what the part holds
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
@JsonSubTypes({ @JsonSubTypes.Type(value = Part.Available.class, name = "available"),
		@JsonSubTypes.Type(value = Part.Unavailable.class, name = "unavailable") })
public sealed interface Part<T> {

	static <T> Part<T> available(T value) {
		return new Available<>(value);
	}

	static <T> Part<T> unavailable(String backend, String reason) {
		return new Unavailable<>(backend, reason);
	}

	/**
	 * Turns a call into a part: its value, or {@link Unavailable} when the backend could
	 * not answer. Only backend failures become parts; a bug still fails loudly.
	 */
	static <T> reactor.core.publisher.Mono<Part<T>> of(reactor.core.publisher.Mono<T> call) {
		return call.<Part<T>>map(Part::available)
			.onErrorResume(BackendFailure.class,
					(ex) -> reactor.core.publisher.Mono.just(unavailable(ex.backend(), ex.getMessage())));
	}

	default <R> Part<R> map(Function<T, R> mapper) {
		return switch (this) {
			case Available<T> available -> new Available<>(mapper.apply(available.value()));
			case Unavailable<T> unavailable -> new Unavailable<>(unavailable.backend(), unavailable.reason());
		};
	}

	/** The value, or {@code fallback} when unavailable. */
	default T orElse(T fallback) {
		return (this instanceof Available<T> available) ? available.value() : fallback;
	}

	/**
	 * What the backend answered.
	 *
	 * @param <T> the value type
	 * @param value the value
	 */
	record Available<T>(T value) implements Part<T> {
	}

	/**
	 * The backend could not answer in time (down, slow, circuit open).
	 *
	 * @param <T> the value type that is missing
	 * @param backend which backend ({@code orders}, {@code catalog}, {@code billing})
	 * @param reason why, for a tooltip and the log
	 */
	record Unavailable<T>(String backend, String reason) implements Part<T> {
	}

}
