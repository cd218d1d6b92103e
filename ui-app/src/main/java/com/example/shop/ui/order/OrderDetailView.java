package com.example.shop.ui.order;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Roles;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.order.CancelOrderService;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.OrderDetail;
import com.example.shop.bff.order.OrderDetailService;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.DetailView;
import com.example.shop.ui.base.Facts;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.example.shop.ui.billing.PaymentsGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * One order as the BFF composes it: lines with the catalog's current data, invoice and
 * payments, customer, the lifecycle actions orders allows ({@link OrderActions}) and any
 * step left undone with a button to finish it ({@link PendingSteps}).
 */
@Route(Routes.ORDER)
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class OrderDetailView extends DetailView<OrderDetail> {

	private final PlaceOrderService placing;

	private final OrderActions actions;

	private final Formats formats;

	private final boolean mayAct;

	private final AuditService audit;

	private String title = "";

	OrderDetailView(OrderDetailService details, OrderDeskService desk, CancelOrderService cancelling,
			PlaceOrderService placing, AuditService audit, Formats formats, AuthenticationContext authentication) {
		super(details::detail);
		// Everybody reads orders; sales and admins move them (docs/security.md).
		this.mayAct = authentication.hasAnyRole(Roles.SALES, Roles.ADMIN);
		this.audit = audit;
		this.placing = placing;
		this.actions = new OrderActions(desk, cancelling, this);
		this.formats = formats;
		content().addClassName("order-detail");
	}

	@Override
	protected void show(OrderDetail detail) {
		Order order = detail.order();
		this.title = order.number();
		Span status = StatusBadges.of(order.status());
		status.setId("order-status");
		content().add(new HorizontalLayout(new H2(getTranslation("order.title", order.number())), status), facts(order),
				this.mayAct ? this.actions.buttons(order) : new Div());
		if (!detail.pending().isEmpty()) {
			content().add(new PendingSteps(order, detail.pending(), this.mayAct ? this.placing : null, this.actions,
					this, this.formats));
		}
		content().add(new H3(getTranslation("order.lines")), OrderLinesGrid.of(order, detail.products(), this.formats),
				new H3(getTranslation("order.billing")), Unavailable.or(detail.billing(), this::billing),
				new H3(getTranslation("order.customer")), Unavailable.or(detail.customer(), this::customer));
		content().add(new AuditTrailPanel(() -> this.audit.order(order.id(), AuditTrail.DEFAULT_SIZE), this.formats));
	}

	private Component facts(Order order) {
		Facts facts = new Facts().fact("orders.customer", order.customerName())
			.fact("orders.total", this.formats.money(order.total()))
			.fact("orders.placed", this.formats.dateTime(order.placedAt()));
		if (order.cancellationReason() != null) {
			facts.fact("order.cancel-reason", order.cancellationReason());
		}
		return facts;
	}

	private Component billing(OrderDetail.Billing billing) {
		return switch (billing) {
			case OrderDetail.NotInvoiced notInvoiced -> new Paragraph(getTranslation("order.not-invoiced"));
			case OrderDetail.Invoiced invoiced -> {
				Invoice invoice = invoiced.invoice();
				Facts facts = new Facts().fact("invoice.number", invoice.number())
					.fact("invoice.status", StatusBadges.label(this, invoice.status()))
					.invoiceAmounts(invoice, this.formats)
					.fact("invoice.due", this.formats.date(invoice.dueDate()));
				facts.setId("order-invoice");
				yield new Div(facts, PaymentsGrid.of(invoiced.payments(), this.formats));
			}
		};
	}

	private Component customer(Customer customer) {
		Div box = new Div(Routes.link(customer.name(), Routes.customer(customer.id())),
				new Span(" · " + customer.email() + " · "), StatusBadges.of(customer.status()));
		box.setId("order-customer");
		return box;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("order.title", this.title);
	}

}
