package com.example.shop.e2e.pages;

import java.util.List;

import com.example.shop.e2e.pages.vaadin.Grid;
import com.microsoft.playwright.Page;

/**
 * The invoices list (number, status, amount, outstanding, due); a row opens the invoice.
 */
public final class InvoicesPage {

	public static final int NUMBER = 0;

	public static final int STATUS = 1;

	public static final int OUTSTANDING = 3;

	private final Page page;

	InvoicesPage(Page page) {
		this.page = page;
	}

	public Grid grid() {
		return Grid.named(this.page, "Invoices");
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
