package com.example.shop.e2e.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.shop.e2e.pages.vaadin.ComboBox;
import com.example.shop.e2e.pages.vaadin.Field;
import com.example.shop.e2e.pages.vaadin.Grid;
import com.example.shop.e2e.pages.vaadin.RoundTrip;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The new-order form: pick a customer (their available credit is shown), add products
 * with quantities, watch the total, place the order and read the outcome.
 */
public final class NewOrderPage {

	private static final Pattern ORDER_NUMBER = Pattern.compile("ORD-\\d+");

	private static final Pattern PLACED = Pattern.compile("is placed( and invoice|, but some steps are left)");

	private final Page page;

	NewOrderPage(Page page) {
		this.page = page;
	}

	public ComboBox customer() {
		return ComboBox.labelled(this.page, "Customer");
	}

	public ComboBox product() {
		return ComboBox.labelled(this.page, "Product");
	}

	public Field quantity() {
		return Field.labelled(this.page, "Quantity");
	}

	/** Picks the customer by name. */
	public NewOrderPage forCustomer(String name) {
		customer().pick(name);
		return this;
	}

	/** Picks a product by name, sets the quantity and adds the line. */
	public NewOrderPage add(String product, int quantity) {
		product().pick(product);
		quantity().fill(Integer.toString(quantity));
		clickAdd();
		assertThat(lines().cell(product).first()).isVisible();
		return this;
	}

	/** Clicks Add as it is, whatever the product and quantity fields hold. */
	public NewOrderPage clickAdd() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
		RoundTrip.settle(this.page);
		return this;
	}

	public Grid lines() {
		return Grid.named(this.page, "Lines");
	}

	/** The total as shown. */
	public Locator total() {
		return this.page.locator("#order-total");
	}

	/** What the form says about the customer's credit and the stock. */
	public Locator creditCheck() {
		return this.page.locator("#credit-check");
	}

	/**
	 * Clicks "Place order" and waits until the outcome is shown. When the form says "Not
	 * placed yet" (a service did not answer within the request's budget, which a busy
	 * machine can cause), it submits again, as the form tells a person to do and as is
	 * safe: the same placement is never placed twice.
	 */
	public Outcome place() {
		for (int attempt = 1;; attempt++) {
			placeButton().click();
			assertThat(outcome()).isVisible();
			if (attempt == 3 || !outcome().innerText().startsWith("Not placed yet")) {
				return new Outcome(this.page, outcome());
			}
		}
	}

	/** The "Place order" button (disabled while the form would be refused). */
	public Locator placeButton() {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order").setExact(true));
	}

	/** Clicks "Place order" as the form is, for a form the UI should refuse to send. */
	public NewOrderPage clickPlace() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order").setExact(true)).click();
		RoundTrip.settle(this.page);
		return this;
	}

	/** Waits until no outcome is shown: nothing was sent. */
	public NewOrderPage assertNothingPlaced() {
		assertThat(outcome()).hasCount(0);
		return this;
	}

	/** The badge that says how the placement ended. */
	private Locator outcome() {
		return this.page.locator("#placement-result .outcome");
	}

	/** How a placement ended, as the form shows it under the button. */
	public static final class Outcome {

		private final Page page;

		private final Locator badge;

		Outcome(Page page, Locator badge) {
			this.page = page;
			this.badge = badge;
		}

		/**
		 * The outcome's headline ("Order ORD-000012 is placed and invoice INV-...
		 * issued.").
		 */
		public Locator headline() {
			return this.badge;
		}

		/** Everything the form says about it, details included. */
		public Locator details() {
			return this.page.locator("#placement-result");
		}

		/**
		 * Waits until the order is placed; answers its number. "Placed, but some steps
		 * are left" counts: the order exists and the BFF's reconciler finishes its steps
		 * (a busy machine can make one miss the request's budget); callers that need the
		 * invoice wait for it on the order's page.
		 */
		public String assertPlaced() {
			assertThat(this.badge).containsText(PLACED);
			Matcher number = ORDER_NUMBER.matcher(this.badge.innerText());
			if (!number.find()) {
				throw new AssertionError("No order number in: " + this.badge.innerText());
			}
			return number.group();
		}

		/** Opens the placed order from the link under the outcome. */
		public OrderPage openOrder() {
			String number = assertPlaced();
			this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open order " + number)).click();
			return new OrderPage(this.page).assertShows(number);
		}

	}

}
