package com.example.shop.bff.backend;

import java.util.List;
import java.util.Objects;

/**
 * Maps between the BFF's enums and a backend's, constant by constant name: the BFF's
 * records list the values the contract does (checked by
 * {@code HttpClientsMatchTheContractsTests}), under its own types.
 */
final class Enums {

	private Enums() {
	}

	static <T extends Enum<T>> T same(Enum<?> value, Class<T> type) {
		return Enum.valueOf(type, value.name());
	}

	/**
	 * Each value as the other type's constant; {@code null} stays {@code null}, and a
	 * null element (an empty query value) is left out.
	 */
	static <T extends Enum<T>> List<T> same(List<? extends Enum<?>> values, Class<T> type) {
		return (values != null) ? values.stream().filter(Objects::nonNull).map((value) -> same(value, type)).toList()
				: null;
	}

}
