package com.example.shop.ui.order;

import java.util.List;
import java.util.stream.Collectors;

import com.example.shop.bff.order.CancelOrderService;
import com.example.shop.bff.order.Cancellation;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderAction;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.DetailView;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An order's lifecycle actions on the order page: a button for each action orders allows
 * now (which ones is never decided here), each asking first and sending the version the
 * user saw, so a concurrent change is explained instead of overwritten. Whatever the
 * outcome, the page then shows the order as it is now.
 */
class OrderActions {

	private final OrderDeskService desk;

	private final CancelOrderService cancelling;

	private final DetailView<?> page;

	OrderActions(OrderDeskService desk, CancelOrderService cancelling, DetailView<?> page) {
		this.desk = desk;
		this.cancelling = cancelling;
		this.page = page;
	}

	Component buttons(Order order) {
		HorizontalLayout buttons = new HorizontalLayout();
		for (OrderAction allowed : order.allowedActions()) {
			buttons.add((allowed == OrderAction.CANCEL) ? cancelButton(order) : actionButton(order, allowed));
		}
		return buttons;
	}

	private Button actionButton(Order order, OrderAction action) {
		String name = this.page.getTranslation("order.action." + action.name());
		Button button = new Button(name);
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		button.addClickListener((click) -> {
			ConfirmDialog confirm = new ConfirmDialog(name,
					this.page.getTranslation("order.confirm-action", name, order.number()), name, (confirmed) -> {
						button.setEnabled(false);
						this.page.working(true);
						// Success or not (a concurrent change is explained by the error
						// handler), show the order as it is now.
						Async.load(this.desk.act(order.id(), action, order.version()),
								(changed) -> Notices
									.done(this.page.getTranslation("order.done", name, changed.number())),
								this.page::reload);
					});
			confirm.setCancelable(true);
			confirm.setCancelText(this.page.getTranslation("common.cancel"));
			confirm.open();
		});
		return button;
	}

	private Button cancelButton(Order order) {
		Button button = new Button(this.page.getTranslation("order.action.CANCEL"));
		button.addThemeVariants(ButtonVariant.LUMO_ERROR);
		button.addClickListener((click) -> cancelDialog(order, button).open());
		return button;
	}

	/**
	 * Asks before cancelling. A plain dialog, not a {@code ConfirmDialog}: that one puts
	 * the focus on its confirm button, so Enter, the first key many people press, would
	 * cancel the order. Here the focus starts in the reason field (Enter there does
	 * nothing), "Back" comes first, and only a deliberate click or Tab to the red button
	 * cancels.
	 */
	Dialog cancelDialog(Order order, Button button) {
		Dialog dialog = new Dialog(this.page.getTranslation("order.action.CANCEL"));
		dialog.setId("cancel-order-dialog");
		TextField reason = new TextField(this.page.getTranslation("order.cancel-reason"));
		reason.setMaxLength(500);
		reason.setWidthFull();
		reason.setAutofocus(true);
		dialog.add(new Paragraph(this.page.getTranslation("order.confirm-cancel", order.number())), reason);
		Button back = new Button(this.page.getTranslation("common.back"), (e) -> dialog.close());
		Button cancel = new Button(this.page.getTranslation("order.action.CANCEL"), (e) -> {
			dialog.close();
			cancel(order, reason.getValue(), button);
		});
		cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		cancel.setId("cancel-order-confirm");
		dialog.getFooter().add(back, cancel);
		return dialog;
	}

	/**
	 * Cancels, or finishes cancelling, the order, then shows how it ended.
	 * @param button the button that started it, off while it runs
	 */
	void cancel(Order order, String reason, Button button) {
		button.setEnabled(false);
		this.page.working(true);
		Async.load(this.cancelling.cancel(order.id(), order.version(), reason), (outcome) -> {
			switch (outcome) {
				case Cancellation.Cancelled cancelled ->
					Notices.done(this.page.getTranslation("order.cancelled", order.number()));
				case Cancellation.CancelledWithPendingSteps partly -> Notices.caveat(this.page
					.getTranslation("order.cancelled-pending", order.number(), leftToDo(partly.pending())));
				case Cancellation.Refused refused -> Notices.caveat(refusal(order, refused));
				case Cancellation.NotCancelled notCancelled ->
					Notices.caveat(this.page.getTranslation("order.not-cancelled." + notCancelled.reason().name(),
							order.number(), notCancelled.backend()));
			}
			this.page.reload();
		}, () -> {
			button.setEnabled(true);
			this.page.working(false);
		});
	}

	/**
	 * Why cancelling was refused, in the user's words from the refusal's reason and facts
	 * (the status named as its badge names it); the BFF's message is English for logs.
	 */
	private String refusal(Order order, Cancellation.Refused refused) {
		// A stale version is always refused as CHANGED (the BFF's CancellationSaga).
		return switch (refused.reason()) {
			case CHANGED -> this.page.getTranslation("error.stale");
			case NOT_CANCELLABLE, HAS_PAYMENTS ->
				this.page.getTranslation("order.cancel-refused." + refused.reason().name(), order.number(),
						StatusBadges.label(this.page, refused.status()));
			case REFUSED -> this.page.getTranslation("order.cancel-refused.REFUSED", order.number(),
					UiErrors.problem(this.page, refused.problem()));
		};
	}

	/**
	 * The steps left, named in the notice itself: the page reloads under it and may by
	 * then show them finished, or fail to show them, so the notice never points
	 * elsewhere.
	 */
	private String leftToDo(List<PendingStep> pending) {
		return pending.stream()
			.map((step) -> this.page.getTranslation("order.step." + step.step().name()))
			.collect(Collectors.joining(", "));
	}

}
