package com.example.shop.e2e.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.example.shop.billing.api.Customer;
import com.example.shop.billing.api.Invoice;
import com.example.shop.catalog.v1.Category;
import com.example.shop.e2e.backends.Backends;
import com.example.shop.e2e.backends.BffClient;
import com.example.shop.orders.api.Order;
import org.awaitility.Awaitility;

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

	private final String preferredOtherCategory;

	private Category category;

	private Category otherCategory;

	public TestData(Backends backends, BffClient bff, String preferredCategory, String preferredOtherCategory) {
		this.backends = backends;
		this.bff = bff;
		this.preferredCategory = preferredCategory;
		this.preferredOtherCategory = preferredOtherCategory;
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
		return product(category(), name, price, stock);
	}

	/**
	 * A new, active product in a category other than {@link #product}'s, for journeys
	 * that filter by category.
	 */
	public TestProduct productInOtherCategory(String name, long price, int stock) {
		return product(otherCategory(), name, price, stock);
	}

	private TestProduct product(Category category, String name, long price, int stock) {
		String sku = next();
		String fullName = sku + " " + name;
		this.backends.catalog().create(sku, fullName, category.getCode(), price, stock);
		return new TestProduct(sku, fullName, price, stock, category.getName());
	}

	/**
	 * A made-up word no other product has (letters only, capitalised, built from the
	 * run's prefix and a number): searching it finds exactly the products named with it.
	 */
	public String word() {
		String digits = next().substring("E2E-".length()).replace("-", "");
		StringBuilder word = new StringBuilder("Qu");
		for (char c : digits.toCharArray()) {
			// Digits become letters too: a word, not a code, as a person types it.
			word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : Character.toLowerCase(c));
		}
		return word.toString();
	}

	/**
	 * An order of the product for the customer, placed through the BFF as the order form
	 * places it (stock taken, invoice issued). When a backend was too slow for the BFF's
	 * request budget (a busy machine), the BFF's reconciler finishes the placement within
	 * its next passes: this waits for that, as orders and billing tell it.
	 */
	public BffClient.Placed placedOrder(TestCustomer customer, TestProduct product, int quantity) {
		return placedOrder(customer.id(), Map.of(product.sku(), quantity));
	}

	/**
	 * An order of these SKUs and quantities for the customer, placed and finished as
	 * {@link #placedOrder(TestCustomer, TestProduct, int)} is.
	 */
	public BffClient.Placed placedOrder(UUID customerId, Map<String, Integer> lines) {
		BffClient.Placed placed = this.bff.place(customerId, lines);
		if (placed.complete()) {
			return placed;
		}
		Order order = finishedPlacing(() -> this.backends.orders().order(placed.orderId()));
		Invoice invoice = this.backends.billing()
			.invoiceOf(order.id())
			.orElseThrow(() -> new IllegalStateException("Placed " + placed.orderNumber() + " without an invoice"));
		return new BffClient.Placed(order.id(), order.number(), invoice.id(), invoice.number());
	}

	/**
	 * Waits until the customer's order of this number has no step of its placement left,
	 * as orders tells it: at once for an order placed in one go, within the reconciler's
	 * next passes for one placed "with pending steps".
	 */
	public Order finishedPlacing(TestCustomer customer, String orderNumber) {
		UUID orderId = this.backends.orders().byNumber(customer.id(), orderNumber).id();
		return finishedPlacing(() -> this.backends.orders().order(orderId));
	}

	private Order finishedPlacing(Callable<Order> order) {
		return Awaitility.await("the reconciler to finish placing an order")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(order, (now) -> now.saga() != null && now.saga().pendingSteps().isEmpty());
	}

	/** An e-mail address no other customer has, carrying the run's prefix. */
	public String email() {
		return next().toLowerCase(Locale.ROOT) + "@e2e.example.com";
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
	private synchronized Category category() {
		if (this.category == null) {
			this.category = pick(this.preferredCategory, null).orElseThrow(() -> new IllegalStateException(
					"The catalog has no category to put the test's products in: add one (its import does)"));
		}
		return this.category;
	}

	/** A second category, other than {@link #category()}. */
	private synchronized Category otherCategory() {
		if (this.otherCategory == null) {
			this.otherCategory = pick(this.preferredOtherCategory, category())
				.orElseThrow(() -> new IllegalStateException(
						"The catalog has only one category; this journey needs two: add one (its import does)"));
		}
		return this.otherCategory;
	}

	/**
	 * The preferred category if the catalog has it, else its first one; never
	 * {@code not}.
	 */
	private Optional<Category> pick(String preferred, Category not) {
		List<Category> categories = this.backends.catalog()
			.categories()
			.stream()
			.filter((c) -> not == null || !c.getCode().equals(not.getCode()))
			.toList();
		return categories.stream()
			.filter((c) -> c.getCode().equals(preferred))
			.findFirst()
			.or(() -> categories.stream().findFirst());
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
	 * @param categoryName its category's name, as the UI shows it
	 */
	public record TestProduct(String sku, String name, long price, int stock, String categoryName) {
	}

}
