package com.example.shop.ui.order;

import java.util.List;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.DetailView;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The steps of placing or cancelling an order that are not done yet, each with who
 * finishes it: the reconciler on its own (and when it tries next), or a person. Steps
 * that can be finished at once have a button that does it now: issuing the invoice, or
 * cancelling again (which finishes voiding, cancelling or releasing).
 */
class PendingSteps extends VerticalLayout {

	PendingSteps(Order order, List<PendingStep> steps, PlaceOrderService placing, OrderActions actions,
			DetailView<?> page, Formats formats) {
		addClassName("pending");
		setId("pending-steps");
		add(new H3(getTranslation("order.pending")));
		for (PendingStep step : steps) {
			Span what = new Span(what(this, step));
			what.addClassName("pending-what");
			Span who = new Span(who(this, step, formats));
			who.addClassName("pending-who");
			HorizontalLayout row = new HorizontalLayout(what, who);
			row.addClassName("pending-step");
			row.getElement().setAttribute("data-step", step.step().name());
			row.getElement().setAttribute("data-finished-by", step.finishedBy().name());
			finishNow(order, step, placing, actions, page).ifPresent(row::add);
			add(row);
		}
	}

	/**
	 * What is left of a step, in the user's language, from the step itself: the BFF's
	 * message is English for logs and API clients.
	 */
	static String what(Component owner, PendingStep step) {
		return owner.getTranslation("order.pending.what." + step.step().name());
	}

	/**
	 * Who finishes a step (and when the reconciler tries next), in the user's language.
	 */
	static String who(Component owner, PendingStep step, Formats formats) {
		if (step.finishedBy() == PendingStep.FinishedBy.PERSON) {
			return owner.getTranslation("order.pending.person");
		}
		return (step.nextAttemptAt() != null)
				? owner.getTranslation("order.pending.reconciler-at", formats.dateTime(step.nextAttemptAt()))
				: owner.getTranslation("order.pending.reconciler");
	}

	private java.util.Optional<Button> finishNow(Order order, PendingStep step, PlaceOrderService placing,
			OrderActions actions, DetailView<?> page) {
		if (placing == null) {
			// Shown to everyone who reads the order; finished by those who may place it.
			return java.util.Optional.empty();
		}
		if (step.step() == PendingStep.Step.CONFIRM_STOCK) {
			// Only the catalog can confirm; the reconciler does, or a person restocks.
			return java.util.Optional.empty();
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
				case VOID_INVOICE, CANCEL_ORDER, RELEASE_STOCK, CONFIRM_STOCK -> actions.cancel(order, null, finish);
			}
		});
		return java.util.Optional.of(finish);
	}

}
