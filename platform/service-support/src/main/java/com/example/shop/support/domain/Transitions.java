package com.example.shop.support.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lifecycle: which status may follow which. Written as the moves it allows, one
 * {@link #allow} per status that has any; a status with none is final.
 *
 * <pre class="code">
 * Transitions.of(OrderStatus.class)
 *     .allow(PLACED, CONFIRMED, CANCELLED)
 *     .allow(CONFIRMED, SHIPPED, CANCELLED)
 *     .allow(SHIPPED, DELIVERED);
 * </pre>
 *
 * @param <S> the status type
 */
public final class Transitions<S extends Enum<S>> {

	private final Class<S> states;

	private final Map<S, Set<S>> allowed;

	private Transitions(Class<S> states, Map<S, Set<S>> allowed) {
		this.states = states;
		this.allowed = allowed;
	}

	/** A lifecycle in which no move is allowed yet. */
	public static <S extends Enum<S>> Transitions<S> of(Class<S> states) {
		return new Transitions<>(states, new EnumMap<>(states));
	}

	/**
	 * The same lifecycle, with the moves from {@code from} to each of {@code to} allowed
	 * too.
	 */
	@SafeVarargs
	public final Transitions<S> allow(S from, S... to) {
		Map<S, Set<S>> next = new EnumMap<>(this.states);
		next.putAll(this.allowed);
		Set<S> targets = EnumSet.noneOf(this.states);
		targets.addAll(nextFrom(from));
		targets.addAll(List.of(to));
		next.put(from, Collections.unmodifiableSet(targets));
		return new Transitions<>(this.states, next);
	}

	public boolean allows(S from, S to) {
		return nextFrom(from).contains(to);
	}

	/** The statuses that may follow {@code from}; empty for a final one. */
	public Set<S> nextFrom(S from) {
		return this.allowed.getOrDefault(from, Collections.unmodifiableSet(EnumSet.noneOf(this.states)));
	}

	/**
	 * The names of the statuses that may follow {@code from}, sorted, for a refusal's
	 * facts.
	 */
	public List<String> namesFrom(S from) {
		return nextFrom(from).stream().map(Enum::name).sorted().toList();
	}

}
