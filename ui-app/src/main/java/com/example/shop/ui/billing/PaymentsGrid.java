package com.example.shop.ui.billing;

import java.util.List;

import com.example.shop.bff.billing.Payment;
import com.example.shop.ui.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * An invoice's payments, oldest first, wherever an invoice is shown (the invoice view and
 * the order view).
 */
public final class PaymentsGrid extends Grid<Payment> {

	private PaymentsGrid(List<Payment> payments, Formats formats) {
		super(Payment.class, false);
		addColumn((p) -> formats.dateTime(p.receivedAt())).setHeader(getTranslation("payment.received"));
		addColumn((p) -> formats.money(p.amount())).setHeader(getTranslation("payment.amount"))
			.setTextAlign(ColumnTextAlign.END);
		addColumn((p) -> getTranslation("payment.method." + p.method().name()))
			.setHeader(getTranslation("payment.method"));
		addColumn(Payment::reference).setHeader(getTranslation("payment.reference"));
		setItems(payments);
		setAllRowsVisible(true);
	}

	/** The payments, or a line saying there are none yet. */
	public static Component of(List<Payment> payments, Formats formats) {
		if (payments.isEmpty()) {
			Paragraph none = new Paragraph();
			none.setText(none.getTranslation("invoice.no-payments"));
			return none;
		}
		return new PaymentsGrid(payments, formats);
	}

}
