package com.example.shop.ui.billing;

import java.util.List;
import java.util.function.Function;

import com.example.shop.bff.billing.Invoice;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.StatusBadges;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Invoices as every list of them shows them: number, status, amount, outstanding, due;
 * the invoice list adds who and what each bills (customer, order). The customer's name
 * takes the width that is left and wraps rather than being cut; numbers, states, amounts
 * and dates are as wide as their content. Used by the invoice list, the customer overview
 * and the statement ({@link #listing}).
 */
class InvoiceGrid extends Grid<Invoice> {

	/** What a cell shows for a name or number its backend could not give. */
	static final String UNKNOWN = "—";

	/** Without customer and order: a listing, where both are the page's. */
	private InvoiceGrid(Formats formats) {
		this(formats, null, null);
	}

	/**
	 * @param customer the customer's name of an invoice, or {@code null} if unknown
	 * @param order the order's number of an invoice, or {@code null} if unknown
	 */
	InvoiceGrid(Formats formats, Function<Invoice, String> customer, Function<Invoice, String> order) {
		super(Invoice.class, false);
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		// Without a name to give the width to, the number takes it.
		addColumn(Invoice::number).setHeader(getTranslation("invoice.number"))
			.setAutoWidth(true)
			.setFlexGrow((customer != null) ? 0 : 1);
		if (customer != null) {
			addColumn((i) -> known(customer.apply(i))).setHeader(getTranslation("invoice.customer"))
				.setKey("customer")
				.setFlexGrow(1);
		}
		if (order != null) {
			addColumn((i) -> known(order.apply(i))).setHeader(getTranslation("invoice.order"))
				.setKey("order")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		StatusBadges.invoiceColumn(this, Invoice::status)
			.setHeader(getTranslation("invoice.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		Columns.figure(this, "invoice.amount", (i) -> formats.money(i.amount())).setFlexGrow(0);
		Columns.figure(this, "invoice.outstanding", (i) -> formats.money(i.outstandingAmount())).setFlexGrow(0);
		addColumn((i) -> formats.date(i.dueDate())).setHeader(getTranslation("invoice.due"))
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	/**
	 * A short list of invoices on a page (the customer's, a statement's open ones): every
	 * row shown, no scrolling of its own.
	 * @param label what the list is, for screen readers
	 */
	static InvoiceGrid listing(List<Invoice> invoices, Formats formats, String label) {
		InvoiceGrid grid = new InvoiceGrid(formats);
		grid.setItems(invoices);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(label);
		return grid;
	}

	private static String known(String value) {
		return (value != null) ? value : UNKNOWN;
	}

}
