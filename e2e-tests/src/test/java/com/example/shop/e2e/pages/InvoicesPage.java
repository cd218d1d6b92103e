package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Field;
import com.microsoft.playwright.Page;

/**
 * The invoices list (number, customer, order, status, amount, outstanding, due),
 * searchable by invoice or order number or customer name; a row opens the invoice.
 */
public final class InvoicesPage extends ListPage {

	public static final int NUMBER = 0;

	public static final int CUSTOMER = 1;

	public static final int ORDER = 2;

	public static final int STATUS = 3;

	public static final int OUTSTANDING = 5;

	InvoicesPage(Page page) {
		super(page, "Invoices");
	}

	/**
	 * Types into the search: an invoice or order number, or words of a customer's name.
	 */
	public InvoicesPage search(String text) {
		Field.labelled(this.page, "Search").fill(text);
		return this;
	}

	public InvoicePage open(String number) {
		grid().open(number);
		return new InvoicePage(this.page).assertShows(number);
	}

}
