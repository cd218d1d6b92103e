package com.example.shop.e2e.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.example.shop.billing.api.Customer;
import com.example.shop.catalog.v1.Category;
import com.example.shop.e2e.backends.Backends;
import com.example.shop.e2e.backends.BffClient;

/**
 * A test's own data, created straight on the backends (billing's REST API, catalog's gRPC
 * API), each item named with the run's prefix and its own number:
 * {@code E2E-K3Q7ZT-7 Hanbit Trading}, SKU {@code E2E-K3Q7ZT-8}. Nothing a test creates
 * is shared with another test, so tests run alone, in any order and in parallel.
 */
public final class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Backends backends;

	private final BffClient bff;

	private final String preferredCategory;

	private String category;

	public TestData(Backends backends, BffClient bff, String preferredCategory) {
		this.backends = backends;
		this.bff = bff;
		this.preferredCategory = preferredCategory;
	}

	/** A new, active customer with a generous credit limit. */
	public TestCustomer customer(String name) {
		return customer(name, "50000000");
	}

	/**
	 * A new, active customer with this credit limit (a decimal in the business currency).
	 */
	public TestCustomer customer(String name, String creditLimit) {
		String id = next();
		String fullName = id + " " + name;
		Customer created = this.backends.billing()
			.createCustomer(fullName, id.toLowerCase(Locale.ROOT) + "@e2e.example.com", creditLimit);
		return new TestCustomer(created.id(), fullName, created.email(), new BigDecimal(creditLimit));
	}

	/**
	 * A new, active product at this price (whole units of the business currency) and
	 * stock.
	 */
	public TestProduct product(String name, long price, int stock) {
		String sku = next();
		String fullName = sku + " " + name;
		this.backends.catalog().create(sku, fullName, category(), price, stock);
		return new TestProduct(sku, fullName, price, stock);
	}

	/**
	 * An order of the product for the customer, placed through the BFF as the order form
	 * places it (stock taken, invoice issued).
	 */
	public BffClient.Placed placedOrder(TestCustomer customer, TestProduct product, int quantity) {
		return this.bff.place(customer.id(), Map.of(product.sku(), quantity));
	}

	/** A reason, comment or reference text carrying the run's prefix. */
	public String text(String words) {
		return next() + " " + words;
	}

	private String next() {
		return RunPrefix.value() + "-" + SEQUENCE.incrementAndGet();
	}

	/**
	 * The category the test's products go into: the suite's own on its own system, else
	 * the first one the deployment has (the catalog API creates no categories).
	 */
	private synchronized String category() {
		if (this.category == null) {
			var categories = this.backends.catalog().categories();
			this.category = categories.stream()
				.map(Category::getCode)
				.filter((code) -> code.equals(this.preferredCategory))
				.findFirst()
				.or(() -> categories.stream().map(Category::getCode).findFirst())
				.orElseThrow(() -> new IllegalStateException(
						"The catalog has no category to put the test's products in: add one (its import does)"));
		}
		return this.category;
	}

	/**
	 * A customer the test created.
	 *
	 * @param id billing's id
	 * @param name the name, prefixed
	 * @param email the email
	 * @param creditLimit the credit limit
	 */
	public record TestCustomer(UUID id, String name, String email, BigDecimal creditLimit) {
	}

	/**
	 * A product the test created.
	 *
	 * @param sku the SKU (the prefix and a number)
	 * @param name the name, prefixed
	 * @param price the unit price in whole units
	 * @param stock the stock it started with
	 */
	public record TestProduct(String sku, String name, long price, int stock) {
	}

}
