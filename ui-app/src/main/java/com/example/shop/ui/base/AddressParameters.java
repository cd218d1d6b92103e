package com.example.shop.ui.base;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list's filters in the address and back
 * ({@code ?status=PLACED,CONFIRMED&from=2026-11-01}), read leniently: what does not parse
 * is left out rather than refused, as a person may have edited the link.
 */
public final class AddressParameters {

	private AddressParameters() {
	}

	/** The parameter's first value that is not blank. */
	public static Optional<String> first(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of()).stream().filter((v) -> !v.isBlank()).findFirst();
	}

	/** The parameter as an ISO date ({@code 2026-11-01}); empty if it is none. */
	public static Optional<LocalDate> date(Map<String, List<String>> parameters, String name) {
		return first(parameters, name).flatMap((text) -> {
			try {
				return Optional.of(LocalDate.parse(text.strip()));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		});
	}

	/** The parameter as one value of an enum, by its name; empty for another name. */
	public static <E extends Enum<E>> Optional<E> value(Map<String, List<String>> parameters, String name,
			Class<E> type) {
		return first(parameters, name).flatMap((text) -> Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(text.strip()))
			.findFirst());
	}

	/**
	 * The parameter as values of an enum, comma-separated names; unknown names are left
	 * out.
	 */
	public static <E extends Enum<E>> Optional<Set<E>> values(Map<String, List<String>> parameters, String name,
			Class<E> type) {
		return first(parameters, name).map((text) -> Arrays.stream(text.split(","))
			.map(String::strip)
			.flatMap((part) -> Arrays.stream(type.getEnumConstants()).filter((c) -> c.name().equals(part)))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(type))));
	}

	/** Values of an enum as one parameter value: their names in the enum's order. */
	public static <E extends Enum<E>> String names(Collection<E> values) {
		return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

}
