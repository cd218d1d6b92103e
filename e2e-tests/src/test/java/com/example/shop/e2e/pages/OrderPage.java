package com.example.shop.e2e.pages;

import java.time.Duration;
import java.util.List;

import com.example.shop.e2e.pages.vaadin.Dialog;
import com.example.shop.e2e.pages.vaadin.Grid;
import com.example.shop.e2e.pages.vaadin.RoundTrip;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One order as the BFF composes it from the three backends: its status and facts, its
 * lines (with the catalog's current stock), its invoice and payments (billing), and its
 * customer (billing); and the lifecycle actions.
 */
public final class OrderPage {

	/** The lines grid's columns, in order. */
	public static final int SKU = 0;

	public static final int NAME = 1;

	public static final int QUANTITY = 2;

	public static final int LINE_TOTAL = 4;

	public static final int AVAILABLE = 5;

	private final Page page;

	OrderPage(Page page) {
		this.page = page;
	}

	/** Waits until the order with this number is shown. */
	public OrderPage assertShows(String number) {
		assertThat(Shell.heading(this.page, "Order " + number)).isVisible();
		return this;
	}

	/** The status badge. */
	public Locator status() {
		return this.page.locator("#order-status");
	}

	/** Total, customer, placed, and the cancellation reason if any. */
	public Facts facts() {
		return new Facts(this.page, this.page.locator(".order-detail > vaadin-horizontal-layout + .facts"));
	}

	public Grid lines() {
		return Grid.in(this.page, this.page.locator(".order-detail"));
	}

	/** Waits for the line of this SKU; answers its cells. */
	public List<String> line(String sku) {
		return lines().row(sku);
	}

	/** The invoice: number, status, amount, paid, outstanding, due. */
	public Facts invoice() {
		return new Facts(this.page, this.page.locator("#order-invoice"));
	}

	/** The customer: name (a link), email and status. */
	public Locator customer() {
		return this.page.locator("#order-customer");
	}

	/** Every "not available right now" notice on the order. */
	public Locator unavailable() {
		return this.page.locator(".order-detail .unavailable");
	}

	/** Waits until all three parts are shown and none says it is unavailable. */
	public OrderPage assertAllPartsShown() {
		assertThat(status()).isVisible();
		assertThat(lines().locator()).isVisible();
		assertThat(invoice().locator()).isVisible();
		assertThat(customer()).isVisible();
		assertThat(unavailable()).hasCount(0);
		return this;
	}

	/** A lifecycle button (Confirm, Ship, Deliver, Cancel order). */
	public Locator action(String name) {
		return this.page.locator(".order-detail")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** Clicks Confirm and confirms in the dialog. */
	public OrderPage confirm() {
		action("Confirm").click();
		Dialog.titled(this.page, "Confirm").click("Confirm");
		return this;
	}

	/** Clicks "Cancel order", gives a reason and confirms. */
	public OrderPage cancel(String reason) {
		action("Cancel order").click();
		Dialog dialog = Dialog.titled(this.page, "Cancel order");
		dialog.field("Reason for cancelling").fill(reason);
		dialog.click("Cancel order");
		return this;
	}

	public Page page() {
		return this.page;
	}

	/**
	 * Reloads the order until its invoice shows this status, as a person does after a
	 * backend came back (the BFF may take a few seconds to call it again).
	 */
	public OrderPage reloadUntilInvoiceIs(String status, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (true) {
			reload();
			try {
				assertThat(invoice().value("Status")).hasText(status,
						new LocatorAssertions.HasTextOptions().setTimeout(5_000));
				return this;
			}
			catch (AssertionError ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
			}
		}
	}

	/** Reloads the order, as the browser's reload button does. */
	public OrderPage reload() {
		this.page.reload();
		RoundTrip.settle(this.page);
		return this;
	}

}
