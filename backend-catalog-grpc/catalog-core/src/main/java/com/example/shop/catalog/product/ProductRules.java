package com.example.shop.catalog.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;

/**
 * The rules a product's fields obey, checked all at once so a caller learns every bad
 * field in one answer. Field paths are the API's ({@code price.currency_code}).
 */
final class ProductRules {

	static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_ATTRIBUTES = 50;

	static final int MAX_ATTRIBUTE_KEY = 64;

	static final int MAX_ATTRIBUTE_VALUE = 500;

	/** Orders keep amounts as numeric(19, 2); prices stay well inside. */
	static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

	static final int MAX_STOCK = 100_000_000;

	private final List<FieldViolation> violations = new ArrayList<>();

	private final Currency currency;

	ProductRules(Currency currency) {
		this.currency = currency;
	}

	ProductRules sku(String field, String sku) {
		if (sku == null || sku.isEmpty()) {
			add(field, "is required");
		}
		else if (!SKU.matcher(sku).matches()) {
			add(field, "must be 2 to 40 characters of A-Z, 0-9, '-', '_' or '.', starting with a letter or digit");
		}
		return this;
	}

	ProductRules draft(ProductDraft draft, Set<ProductDraft.Field> fields) {
		if (fields.contains(ProductDraft.Field.NAME)) {
			text("name", draft.name(), 1, MAX_NAME);
		}
		if (fields.contains(ProductDraft.Field.DESCRIPTION)) {
			text("description", draft.description(), 0, MAX_DESCRIPTION);
		}
		if (fields.contains(ProductDraft.Field.CATEGORY) && (draft.category() == null || draft.category().isBlank())) {
			add("category", "is required");
		}
		if (fields.contains(ProductDraft.Field.PRICE)) {
			price("price", draft.price());
		}
		if (fields.contains(ProductDraft.Field.ATTRIBUTES)) {
			attributes(draft.attributes());
		}
		if (fields.contains(ProductDraft.Field.STOCK_ON_HAND)
				&& (draft.stockOnHand() < 0 || draft.stockOnHand() > MAX_STOCK)) {
			add("stock_on_hand", "must be between 0 and " + MAX_STOCK);
		}
		return this;
	}

	ProductRules add(String field, String message) {
		this.violations.add(new FieldViolation(field, message));
		return this;
	}

	/** Every violation found so far. */
	List<FieldViolation> violations() {
		return List.copyOf(this.violations);
	}

	/**
	 * @throws DomainRefusal.Invalid listing every violation, if there is any
	 */
	void check() {
		if (!this.violations.isEmpty()) {
			throw new DomainRefusal.Invalid(this.violations);
		}
	}

	private void text(String field, String value, int min, int max) {
		int length = (value != null) ? value.strip().length() : 0;
		if (length < min) {
			add(field, "is required");
		}
		else if (length > max) {
			add(field, "must be at most %d characters".formatted(max));
		}
	}

	private void price(String field, ProductDraft.Price price) {
		if (price == null || price.amount() == null) {
			add(field, "is required");
			return;
		}
		if (!this.currency.getCurrencyCode().equals(price.currency())) {
			add(field + ".currency_code",
					"must be %s, the business currency".formatted(this.currency.getCurrencyCode()));
		}
		if (price.amount().signum() < 0) {
			add(field, "must not be negative");
		}
		else if (price.amount().compareTo(MAX_PRICE) > 0) {
			add(field, "must be at most " + MAX_PRICE.toPlainString());
		}
		if (price.amount().stripTrailingZeros().scale() > 2) {
			add(field + ".nanos", "must have at most two decimal places");
		}
	}

	private void attributes(Map<String, String> attributes) {
		if (attributes.size() > MAX_ATTRIBUTES) {
			add("attributes", "must have at most %d entries".formatted(MAX_ATTRIBUTES));
		}
		attributes.forEach((key, value) -> {
			if (key.isBlank() || key.length() > MAX_ATTRIBUTE_KEY || key.startsWith("$") || key.contains(".")) {
				add("attributes", "key '%s' must be 1 to %d characters without '.' or a leading '$'".formatted(key,
						MAX_ATTRIBUTE_KEY));
			}
			if (value.length() > MAX_ATTRIBUTE_VALUE) {
				add("attributes[" + key + "]", "must be at most %d characters".formatted(MAX_ATTRIBUTE_VALUE));
			}
		});
	}

}
