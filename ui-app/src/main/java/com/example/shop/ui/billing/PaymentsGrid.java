package com.example.shop.ui.billing;

import java.util.List;

import com.example.shop.bff.billing.Payment;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

/**
 * An invoice's payments, oldest first, wherever an invoice is shown (the invoice view and
 * the order view).
 */
public final class PaymentsGrid extends Grid<Payment> {

	private PaymentsGrid(List<Payment> payments, Formats formats) {
		super(Payment.class, false);
		// The payer's reference takes the width that is left and wraps; the rest is as
		// wide as it needs.
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		addColumn((p) -> formats.dateTime(p.receivedAt())).setHeader(getTranslation("payment.received"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		Columns.figure(this, "payment.amount", (p) -> formats.money(p.amount())).setFlexGrow(0);
		addColumn((p) -> getTranslation("payment.method." + p.method().name()))
			.setHeader(getTranslation("payment.method"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(Payment::reference).setHeader(getTranslation("payment.reference")).setFlexGrow(1);
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
