package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Grid;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** One invoice: status, amounts and dates, customer, payments; record a payment. */
public final class InvoicePage {

	private final Page page;

	InvoicePage(Page page) {
		this.page = page;
	}

	/** Waits until the invoice with this number is shown. */
	public InvoicePage assertShows(String number) {
		assertThat(Shell.heading(this.page, "Invoice " + number)).isVisible();
		return this;
	}

	public Locator status() {
		return this.page.locator("#invoice-status");
	}

	/** Amount, paid, outstanding, issued, due. */
	public Facts facts() {
		return new Facts(this.page, this.page.locator("#invoice-facts"));
	}

	public Grid payments() {
		return Grid.in(this.page, this.page.locator("vaadin-vertical-layout").first());
	}

	public Locator recordPaymentButton() {
		return this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Record a payment").setExact(true));
	}

	/** Opens the payment form. */
	public PaymentForm recordPayment(String invoiceNumber) {
		recordPaymentButton().click();
		return new PaymentForm(this.page, invoiceNumber);
	}

}
