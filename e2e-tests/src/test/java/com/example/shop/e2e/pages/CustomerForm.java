package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Field;
import com.microsoft.playwright.Page;

/**
 * The customer form (a dialog): a new customer from the customers list, or Edit on a
 * customer's overview.
 */
public final class CustomerForm extends FormDialog {

	CustomerForm(Page page, String title) {
		super(page, title);
	}

	public Field name() {
		return this.dialog.field("Name");
	}

	public Field email() {
		return this.dialog.field("Email");
	}

	public Field creditLimit() {
		return this.dialog.field("Credit limit");
	}

	public Field paymentTerms() {
		return this.dialog.field("Payment terms (days)");
	}

	/** Clicks "Create customer"; the form closes if billing took it. */
	public CustomerForm create() {
		this.dialog.click("Create customer");
		return this;
	}

	/** Clicks Save; the form closes if billing took the change. */
	public CustomerForm save() {
		this.dialog.click("Save");
		return this;
	}

}
