package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The fields a caller sets on a product, for creating one or changing the fields named in
 * {@code fields}.
 *
 * @param name the display name
 * @param description free text
 * @param category a category code
 * @param price the unit price, or null if none was given
 * @param attributes free-form attributes
 * @param stockOnHand units that can be reserved
 * @param active whether it can be reserved
 */
public record ProductDraft(String name, String description, String category, Price price,
		Map<String, String> attributes, int stockOnHand, boolean active) {

	public ProductDraft {
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
	}

	/**
	 * An amount of money as the caller sent it.
	 *
	 * @param currency the ISO 4217 code
	 * @param amount the exact amount
	 */
	public record Price(String currency, BigDecimal amount) {
	}

	/** The fields an update may change; {@code sku} and the bookkeeping fields never. */
	public enum Field {

		NAME("name"), DESCRIPTION("description"), CATEGORY("category"), PRICE("price"), ATTRIBUTES("attributes"),
		STOCK_ON_HAND("stock_on_hand"), ACTIVE("active");

		private final String path;

		Field(String path) {
			this.path = path;
		}

		/** The field's name in the API. */
		public String path() {
			return this.path;
		}

		/** Every field, for an update that names none. */
		public static Set<Field> all() {
			return Set.of(values());
		}

	}

}
