package com.example.shop.ui.billing;

import com.example.shop.bff.billing.Invoice;
import com.example.shop.ui.base.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

/**
 * Invoices as every list of them shows them: number, status, amount, outstanding, due.
 * Used by the invoice list and the customer overview.
 */
class InvoiceGrid extends Grid<Invoice> {

	InvoiceGrid(Formats formats) {
		super(Invoice.class, false);
		addColumn(Invoice::number).setHeader(getTranslation("invoice.number")).setAutoWidth(true);
		addColumn((i) -> getTranslation("invoice.status." + i.status().name()))
			.setHeader(getTranslation("invoice.status"))
			.setAutoWidth(true);
		addColumn((i) -> formats.money(i.amount())).setHeader(getTranslation("invoice.amount"))
			.setTextAlign(ColumnTextAlign.END);
		addColumn((i) -> formats.money(i.outstandingAmount())).setHeader(getTranslation("invoice.outstanding"))
			.setTextAlign(ColumnTextAlign.END);
		addColumn((i) -> formats.date(i.dueDate())).setHeader(getTranslation("invoice.due")).setAutoWidth(true);
	}

}
