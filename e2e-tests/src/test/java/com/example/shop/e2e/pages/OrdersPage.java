package com.example.shop.e2e.pages;

import java.time.LocalDate;

import com.example.shop.e2e.pages.vaadin.DatePicker;
import com.microsoft.playwright.Page;

/**
 * The orders list (number, customer, status, total, placed), newest first, with status
 * and date filters; a row opens the order.
 */
public final class OrdersPage extends ListPage {

	public static final int NUMBER = 0;

	public static final int CUSTOMER = 1;

	public static final int STATUS = 2;

	public static final int TOTAL = 3;

	OrdersPage(Page page) {
		super(page, "Orders");
	}

	public DatePicker from() {
		return DatePicker.labelled(this.page, "From");
	}

	public DatePicker to() {
		return DatePicker.labelled(this.page, "To");
	}

	/** Only the orders placed on these business days. */
	public OrdersPage placedBetween(LocalDate from, LocalDate to) {
		from().set(from);
		to().set(to);
		return this;
	}

	/** Opens the order from its row with the keyboard alone (Tab, arrows, Enter). */
	public OrderPage openWithKeyboard(String number) {
		grid().openWithKeyboard(number);
		return new OrderPage(this.page).assertShows(number);
	}

	/** Opens the order from its row. */
	public OrderPage open(String number) {
		grid().open(number);
		return new OrderPage(this.page).assertShows(number);
	}

}
