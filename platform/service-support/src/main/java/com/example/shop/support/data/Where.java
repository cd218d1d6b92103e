package com.example.shop.support.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code where} clause of a filtered list, built condition by condition from the
 * filters that are set, with named parameters only: values never become SQL text.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	/**
	 * Adds a condition with the one named parameter it uses.
	 * @param condition SQL, such as {@code customer_id = :customerId}
	 * @param name the parameter's name, such as {@code customerId}
	 * @param value its value
	 * @return this
	 */
	public Where and(String condition, String name, Object value) {
		this.conditions.add(condition);
		return param(name, value);
	}

	/**
	 * Binds one more named parameter, for a condition that uses several.
	 * @param name the parameter's name
	 * @param value its value
	 * @return this
	 */
	public Where param(String name, Object value) {
		this.params.put(name, value);
		return this;
	}

	/** The clause with a leading space, or nothing when no filter is set. */
	public String sql() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	/** The named parameters the conditions use. */
	public Map<String, Object> params() {
		return Map.copyOf(this.params);
	}

	/** The names of some enum values, for {@code in (:names)}. */
	public static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
