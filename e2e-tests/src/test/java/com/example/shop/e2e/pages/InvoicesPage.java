package com.example.shop.e2e.pages;

import java.util.List;

import com.example.shop.e2e.pages.vaadin.Field;
import com.example.shop.e2e.pages.vaadin.Grid;
import com.microsoft.playwright.Page;

/**
 * The invoices list (number, customer, order, status, amount, outstanding, due),
 * searchable by invoice or order number or customer name; a row opens the invoice.
 */
public final class InvoicesPage {

	public static final int NUMBER = 0;

	public static final int CUSTOMER = 1;

	public static final int ORDER = 2;

	public static final int STATUS = 3;

	public static final int OUTSTANDING = 5;

	private final Page page;

	InvoicesPage(Page page) {
		this.page = page;
	}

	public Grid grid() {
		return Grid.named(this.page, "Invoices");
	}

	/**
	 * Types into the search: an invoice or order number, or words of a customer's name.
	 */
	public InvoicesPage search(String text) {
		Field.labelled(this.page, "Search").fill(text);
		return this;
	}

	/** Waits for the invoice's row; answers its cells. */
	public List<String> row(String number) {
		return grid().row(number);
	}

	public InvoicePage open(String number) {
		grid().open(number);
		return new InvoicePage(this.page).assertShows(number);
	}

}
