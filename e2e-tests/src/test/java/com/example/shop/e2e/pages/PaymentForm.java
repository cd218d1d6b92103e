package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Field;
import com.microsoft.playwright.Page;

/**
 * The payment form (a dialog): amount (the outstanding one at first), method, reference.
 */
public final class PaymentForm extends FormDialog {

	PaymentForm(Page page, String invoiceNumber) {
		super(page, "Payment for invoice " + invoiceNumber);
	}

	public Field amount() {
		return this.dialog.field("Amount");
	}

	public Field reference() {
		return this.dialog.field("Reference");
	}

	/** Clicks "Record a payment"; the form closes once billing recorded it. */
	public PaymentForm submit() {
		this.dialog.click("Record a payment");
		return this;
	}

	/** Records this amount with a reference and waits until the form closes. */
	public void pay(String amount, String reference) {
		amount().fill(amount);
		reference().fill(reference);
		submit();
		this.dialog.assertClosed();
	}

}
