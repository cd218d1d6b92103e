package com.example.shop.e2e.pages;

import com.example.shop.e2e.pages.vaadin.Dialog;
import com.example.shop.e2e.pages.vaadin.Field;
import com.microsoft.playwright.Page;

/**
 * The payment form (a dialog): amount (the outstanding one at first), method, reference.
 */
public final class PaymentForm {

	private final Dialog dialog;

	PaymentForm(Page page, String invoiceNumber) {
		this.dialog = Dialog.titled(page, "Payment for invoice " + invoiceNumber);
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

	public void cancel() {
		this.dialog.click("Cancel");
		this.dialog.assertClosed();
	}

	public Dialog dialog() {
		return this.dialog;
	}

}
