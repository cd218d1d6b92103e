package com.example.shop.ui.order;

import java.util.List;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.DetailView;
import com.example.shop.ui.base.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The steps a saga left undone on an order, each with a button that finishes it: issuing
 * the invoice, or cancelling again (which finishes voiding, cancelling or releasing).
 */
class PendingSteps extends VerticalLayout {

	PendingSteps(Order order, List<PendingStep> steps, PlaceOrderService placing, OrderActions actions,
			DetailView<?> page) {
		addClassName("pending");
		setId("pending-steps");
		add(new H3(getTranslation("order.pending")));
		for (PendingStep step : steps) {
			if (placing == null) {
				// Shown to everyone who reads the order; finished by those who may place
				// it.
				add(new Span(step.message()));
				continue;
			}
			Button finish = new Button(getTranslation("order.finish." + step.step().name()));
			finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			finish.setDisableOnClick(true);
			finish.addClickListener((click) -> {
				page.working(true);
				switch (step.step()) {
					case ISSUE_INVOICE -> Async.load(placing.issueInvoice(order.id()), (invoice) -> {
						Notices.done(getTranslation("order.invoice-issued", invoice.number()));
						page.reload();
					}, () -> finish.setEnabled(true));
					case CONFIRM_STOCK -> {
						Notices.caveat(getTranslation("order.finish-confirm-stock"));
						finish.setEnabled(true);
						page.working(false);
					}
					case VOID_INVOICE, CANCEL_ORDER, RELEASE_STOCK -> actions.cancel(order, null, finish);
				}
			});
			add(new HorizontalLayout(new Span(step.message()), finish));
		}
	}

}
