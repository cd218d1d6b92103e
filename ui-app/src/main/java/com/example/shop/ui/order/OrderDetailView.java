package com.example.shop.ui.order;

import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.Payment;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.order.CancelOrderService;
import com.example.shop.bff.order.Cancellation;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderAction;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.OrderDetail;
import com.example.shop.bff.order.OrderDetailService;
import com.example.shop.bff.order.OrderLine;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One order as the BFF composes it: lines with the catalog's current data, invoice and
 * payments, customer, and any step left undone with a button to finish it. Lifecycle
 * actions ask first and send the version the user saw, so a concurrent change is
 * explained instead of overwritten.
 */
@Route(Routes.ORDER)
@RolesAllowed({ Roles.SALES, Roles.ADMIN })
class OrderDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final OrderDetailService details;

	private final OrderDeskService desk;

	private final CancelOrderService cancelling;

	private final PlaceOrderService placing;

	private final Formats formats;

	private final ProgressBar progress = new ProgressBar();

	private final Div content = new Div();

	private UUID orderId;

	private String title = "";

	OrderDetailView(OrderDetailService details, OrderDeskService desk, CancelOrderService cancelling,
			PlaceOrderService placing, Formats formats) {
		this.details = details;
		this.desk = desk;
		this.cancelling = cancelling;
		this.placing = placing;
		this.formats = formats;
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		this.content.addClassName("order-detail");
		add(this.progress, this.content);
	}

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		try {
			this.orderId = UUID.fromString(parameter);
		}
		catch (IllegalArgumentException ex) {
			this.content.add(new Paragraph(getTranslation("error.not-found")));
			this.progress.setVisible(false);
			return;
		}
		reload();
	}

	void reload() {
		this.progress.setVisible(true);
		Async.load(this.details.detail(this.orderId), this::show, () -> this.progress.setVisible(false));
	}

	void show(OrderDetail detail) {
		Order order = detail.order();
		this.title = order.number();
		this.content.removeAll();
		H2 heading = new H2(getTranslation("order.title", order.number()));
		Span status = new Span(getTranslation("order.status." + order.status().name()));
		status.getElement().getThemeList().add("badge");
		status.setId("order-status");
		this.content.add(new HorizontalLayout(heading, status), facts(order), actions(order));
		if (!detail.pending().isEmpty()) {
			this.content.add(pending(order, detail));
		}
		this.content.add(new H3(getTranslation("order.lines")), lines(order, detail.products()));
		this.content.add(new H3(getTranslation("order.billing")), billing(detail.billing()));
		this.content.add(new H3(getTranslation("order.customer")), customer(detail.customer()));
	}

	private Component facts(Order order) {
		Div facts = new Div();
		facts.addClassName("facts");
		facts.add(fact(getTranslation("orders.customer"), order.customerName()),
				fact(getTranslation("orders.total"),
						this.formats.money(order.total().amount(), order.total().currency())),
				fact(getTranslation("orders.placed"), this.formats.dateTime(order.placedAt())));
		if (order.cancellationReason() != null) {
			facts.add(fact(getTranslation("order.cancel-reason"), order.cancellationReason()));
		}
		return facts;
	}

	private static Component fact(String label, String value) {
		Div fact = new Div(new Span(label), new Span(value));
		fact.addClassName("fact");
		return fact;
	}

	/** A button for each action orders allows now; which ones is never decided here. */
	private Component actions(Order order) {
		HorizontalLayout actions = new HorizontalLayout();
		for (OrderAction allowed : order.allowedActions()) {
			actions.add((allowed == OrderAction.CANCEL) ? cancel(order) : action(order, allowed));
		}
		return actions;
	}

	private Button action(Order order, OrderAction action) {
		String name = getTranslation("order.action." + action.name());
		Button button = new Button(name);
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		button.addClickListener((click) -> {
			ConfirmDialog confirm = new ConfirmDialog(name,
					getTranslation("order.confirm-action", name, order.number()), name, (confirmed) -> {
						button.setEnabled(false);
						this.progress.setVisible(true);
						// Success or not (a concurrent change is explained by the error
						// handler), show the order as it is now.
						Async.load(this.desk.act(order.id(), action, order.version()),
								(changed) -> notify(getTranslation("order.done", name, changed.number()), false),
								this::reload);
					});
			confirm.setCancelable(true);
			confirm.setCancelText(getTranslation("common.cancel"));
			confirm.open();
		});
		return button;
	}

	private Button cancel(Order order) {
		Button button = new Button(getTranslation("order.action.CANCEL"));
		button.addThemeVariants(ButtonVariant.LUMO_ERROR);
		button.addClickListener((click) -> {
			TextField reason = new TextField(getTranslation("order.cancel-reason"));
			reason.setMaxLength(500);
			reason.setWidthFull();
			ConfirmDialog confirm = new ConfirmDialog();
			confirm.setHeader(getTranslation("order.action.CANCEL"));
			confirm.add(new Paragraph(getTranslation("order.confirm-cancel", order.number())), reason);
			confirm.setCancelable(true);
			confirm.setCancelText(getTranslation("common.back"));
			confirm.setConfirmText(getTranslation("order.action.CANCEL"));
			confirm.setConfirmButtonTheme("error primary");
			confirm.addConfirmListener((confirmed) -> cancel(order, reason.getValue(), button));
			confirm.open();
		});
		return button;
	}

	private void cancel(Order order, String reason, Button button) {
		button.setEnabled(false);
		this.progress.setVisible(true);
		Async.load(this.cancelling.cancel(order.id(), order.version(), reason), (outcome) -> {
			switch (outcome) {
				case Cancellation.Cancelled cancelled ->
					notify(getTranslation("order.cancelled", order.number()), false);
				case Cancellation.CancelledWithPendingSteps partly ->
					notify(getTranslation("order.cancelled-pending", order.number()), true);
				case Cancellation.Refused refused when refused.kind() == BackendRefusal.Kind.STALE ->
					notify(getTranslation("error.stale"), true);
				case Cancellation.Refused refused -> notify(refused.message(), true);
				case Cancellation.NotCancelled notCancelled -> notify(notCancelled.message(), true);
			}
			reload();
		}, () -> {
			button.setEnabled(true);
			this.progress.setVisible(false);
		});
	}

	private Component pending(Order order, OrderDetail detail) {
		VerticalLayout box = new VerticalLayout();
		box.addClassName("pending");
		box.setId("pending-steps");
		box.add(new H3(getTranslation("order.pending")));
		for (PendingStep step : detail.pending()) {
			Button finish = new Button(getTranslation("order.finish." + step.step().name()));
			finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			finish.setDisableOnClick(true);
			finish.addClickListener((click) -> {
				this.progress.setVisible(true);
				if (step.step() == PendingStep.Step.ISSUE_INVOICE) {
					Async.load(this.placing.issueInvoice(order.id()), (invoice) -> {
						notify(getTranslation("order.invoice-issued", invoice.number()), false);
						reload();
					}, () -> finish.setEnabled(true));
				}
				else if (step.step() == PendingStep.Step.CONFIRM_STOCK) {
					notify(getTranslation("order.finish-confirm-stock"), true);
					finish.setEnabled(true);
					this.progress.setVisible(false);
				}
				else {
					cancel(order, null, finish);
				}
			});
			box.add(new HorizontalLayout(new Span(step.message()), finish));
		}
		return box;
	}

	private Component lines(Order order, Part<Map<String, Product>> products) {
		Grid<OrderLine> grid = new Grid<>(OrderLine.class, false);
		grid.addColumn(OrderLine::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true);
		grid.addColumn(OrderLine::productName).setHeader(getTranslation("product.name")).setFlexGrow(4);
		grid.addColumn((l) -> this.formats.number(l.quantity()))
			.setHeader(getTranslation("order.quantity"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((l) -> this.formats.money(l.unitPrice().amount(), l.unitPrice().currency()))
			.setHeader(getTranslation("order.unit-price"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((l) -> this.formats.money(l.lineTotal().amount(), l.lineTotal().currency()))
			.setHeader(getTranslation("order.line-total"))
			.setTextAlign(ColumnTextAlign.END);
		if (products instanceof Part.Available<Map<String, Product>> available) {
			grid.addColumn((l) -> {
				Product product = available.value().get(l.sku());
				return (product != null) ? this.formats.number(product.available()) : "";
			}).setHeader(getTranslation("product.available")).setTextAlign(ColumnTextAlign.END);
		}
		grid.setItems(order.lines());
		grid.setAllRowsVisible(true);
		if (products instanceof Part.Unavailable<Map<String, Product>> unavailable) {
			return new Div(grid, new Unavailable(unavailable));
		}
		return grid;
	}

	private Component billing(Part<OrderDetail.Billing> billing) {
		return switch (billing) {
			case Part.Unavailable<OrderDetail.Billing> unavailable -> new Unavailable(unavailable);
			case Part.Available<OrderDetail.Billing> available -> switch (available.value()) {
				case OrderDetail.NotInvoiced notInvoiced -> new Paragraph(getTranslation("order.not-invoiced"));
				case OrderDetail.Invoiced invoiced -> invoice(invoiced);
			};
		};
	}

	private Component invoice(OrderDetail.Invoiced invoiced) {
		var invoice = invoiced.invoice();
		Div box = new Div();
		box.setId("order-invoice");
		box.addClassName("facts");
		box.add(fact(getTranslation("invoice.number"), invoice.number()),
				fact(getTranslation("invoice.status"), getTranslation("invoice.status." + invoice.status().name())),
				fact(getTranslation("invoice.amount"),
						this.formats.money(invoice.amount().amount(), invoice.amount().currency())),
				fact(getTranslation("invoice.paid"),
						this.formats.money(invoice.paidAmount().amount(), invoice.paidAmount().currency())),
				fact(getTranslation("invoice.outstanding"),
						this.formats.money(invoice.outstandingAmount().amount(),
								invoice.outstandingAmount().currency())),
				fact(getTranslation("invoice.due"), this.formats.date(invoice.dueDate())));
		Grid<Payment> payments = new Grid<>(Payment.class, false);
		payments.addColumn((p) -> this.formats.dateTime(p.receivedAt())).setHeader(getTranslation("payment.received"));
		payments.addColumn((p) -> this.formats.money(p.amount().amount(), p.amount().currency()))
			.setHeader(getTranslation("payment.amount"))
			.setTextAlign(ColumnTextAlign.END);
		payments.addColumn((p) -> getTranslation("payment.method." + p.method().name()))
			.setHeader(getTranslation("payment.method"));
		payments.addColumn(Payment::reference).setHeader(getTranslation("payment.reference"));
		payments.setItems(invoiced.payments());
		payments.setAllRowsVisible(true);
		return new Div(box,
				invoiced.payments().isEmpty() ? new Paragraph(getTranslation("invoice.no-payments")) : payments);
	}

	private Component customer(Part<Customer> customer) {
		return switch (customer) {
			case Part.Unavailable<Customer> unavailable -> new Unavailable(unavailable);
			case Part.Available<Customer> available -> {
				Customer c = available.value();
				Div box = new Div(Routes.link(c.name(), Routes.customer(c.id())),
						new Span(" · " + c.email() + " · " + getTranslation("customer.status." + c.status().name())));
				box.setId("order-customer");
				yield box;
			}
		};
	}

	private void notify(String text, boolean warning) {
		Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(warning ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("order.title", this.title);
	}

}
