package com.example.shop.ui.billing;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Roles;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoiceDetail;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.DetailView;
import com.example.shop.ui.base.Facts;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** One invoice with its payments and customer; record a payment against it. */
@Route(Routes.INVOICE)
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class InvoiceView extends DetailView<InvoiceDetail> {

	private final BillingDeskService billing;

	private final Formats formats;

	final Button record = new Button();

	private final boolean mayRecordPayments;

	private final boolean mayOpenOrders;

	private final AuditService audit;

	private Registration recordClick;

	private String title = "";

	InvoiceView(BillingDeskService billing, AuditService audit, Formats formats, AuthenticationContext authentication,
			AccessAnnotationChecker access) {
		super(billing::invoice);
		// Everybody reads invoices; billing and admins record payments
		// (docs/security.md).
		this.mayRecordPayments = authentication.hasAnyRole(Roles.BILLING, Roles.ADMIN);
		// Whoever may open the order page gets a link to it, anyone else its number.
		this.mayOpenOrders = Routes.mayOpen(access, authentication, Routes.ORDER);
		this.audit = audit;
		this.billing = billing;
		this.formats = formats;
		this.record.setText(getTranslation("payment.record"));
		this.record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.record.setVisible(false);
		add(this.record);
	}

	@Override
	protected void show(InvoiceDetail detail) {
		Invoice invoice = detail.invoice();
		this.title = invoice.number();
		Span status = StatusBadges.of(invoice.status());
		status.setId("invoice-status");
		Facts facts = new Facts().invoiceAmounts(invoice, this.formats)
			.fact("invoice.issued", this.formats.date(invoice.issueDate()))
			.fact("invoice.due", this.formats.date(invoice.dueDate()));
		facts.setId("invoice-facts");
		content().add(new H2(getTranslation("invoice.title", invoice.number())), status, facts,
				Unavailable.or(detail.customer(), (c) -> Routes.link(c.name(), Routes.customer(c.id()))),
				order(invoice, detail), new H3(getTranslation("invoice.payments")),
				Unavailable.or(detail.payments(), (payments) -> PaymentsGrid.of(payments, this.formats)));
		content()
			.add(new AuditTrailPanel(() -> this.audit.invoice(invoice.id(), AuditTrail.DEFAULT_SIZE), this.formats));
		// Whether it takes a payment is billing's rule, passed on by the BFF.
		this.record.setVisible(invoice.payable() && this.mayRecordPayments);
		if (this.recordClick != null) {
			this.recordClick.remove();
		}
		this.recordClick = this.record
			.addClickListener((click) -> new PaymentDialog(invoice, this.billing, this.formats, (receipt) -> {
				Notices.done(getTranslation("payment.recorded", this.formats.money(receipt.payment().amount()),
						invoice.number()));
				reload();
			}).open());
	}

	/**
	 * "Order ORD-000241": a link to the order for whoever may open it, else the number
	 * alone; a placeholder when orders could not say.
	 */
	private Component order(Invoice invoice, InvoiceDetail detail) {
		Component number = Unavailable.or(detail.orderNumber(),
				(n) -> this.mayOpenOrders ? Routes.link(n, Routes.order(invoice.orderId())) : new Span(n));
		Div order = new Div(new Span(getTranslation("invoice.order") + " "), number);
		order.setId("invoice-order");
		return order;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invoice.title", this.title);
	}

}
