package com.example.shop.ui.billing;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Money;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoiceDetail;
import com.example.shop.bff.billing.Payment;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** One invoice with its payments and customer; record a payment against it. */
@Route(Routes.INVOICE)
@RolesAllowed({ Roles.BILLING, Roles.ADMIN })
class InvoiceView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final BillingDeskService billing;

	private final Formats formats;

	private final ProgressBar progress = new ProgressBar();

	private final Div content = new Div();

	final Button record = new Button();

	private UUID invoiceId;

	private com.vaadin.flow.shared.Registration recordClick;

	private String title = "";

	InvoiceView(BillingDeskService billing, Formats formats) {
		this.billing = billing;
		this.formats = formats;
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		this.record.setText(getTranslation("payment.record"));
		this.record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.record.setVisible(false);
		add(this.progress, this.content, this.record);
	}

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		try {
			this.invoiceId = UUID.fromString(parameter);
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
		Async.load(this.billing.invoice(this.invoiceId), this::show, () -> this.progress.setVisible(false));
	}

	void show(InvoiceDetail detail) {
		Invoice invoice = detail.invoice();
		this.title = invoice.number();
		this.content.removeAll();
		Span status = new Span(getTranslation("invoice.status." + invoice.status().name()));
		status.getElement().getThemeList().add("badge");
		status.setId("invoice-status");
		Div facts = new Div();
		facts.addClassName("facts");
		facts.setId("invoice-facts");
		facts.add(fact("invoice.amount", money(invoice.amount())), fact("invoice.paid", money(invoice.paidAmount())),
				fact("invoice.outstanding", money(invoice.outstandingAmount())),
				fact("invoice.issued", this.formats.date(invoice.issueDate())),
				fact("invoice.due", this.formats.date(invoice.dueDate())));
		this.content.add(new H2(getTranslation("invoice.title", invoice.number())), status, facts);
		switch (detail.customer()) {
			case Part.Available<Customer> customer ->
				this.content.add(Routes.link(customer.value().name(), Routes.customer(customer.value().id())));
			case Part.Unavailable<Customer> unavailable -> this.content.add(new Unavailable(unavailable));
		}
		this.content.add(new H3(getTranslation("invoice.payments")), payments(detail.payments()));
		// Whether it takes a payment is billing's rule, passed on by the BFF.
		this.record.setVisible(invoice.payable());
		if (this.recordClick != null) {
			this.recordClick.remove();
		}
		this.recordClick = this.record
			.addClickListener((click) -> new PaymentDialog(invoice, this.billing, this.formats, (receipt) -> {
				Notification
					.show(getTranslation("payment.recorded", money(receipt.payment().amount()), invoice.number()), 5000,
							Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				reload();
			}).open());
	}

	private Component payments(Part<List<Payment>> part) {
		if (!(part instanceof Part.Available<List<Payment>> available)) {
			return new Unavailable((Part.Unavailable<?>) part);
		}
		if (available.value().isEmpty()) {
			return new Paragraph(getTranslation("invoice.no-payments"));
		}
		Grid<Payment> grid = new Grid<>(Payment.class, false);
		grid.addColumn((p) -> this.formats.dateTime(p.receivedAt())).setHeader(getTranslation("payment.received"));
		grid.addColumn((p) -> money(p.amount()))
			.setHeader(getTranslation("payment.amount"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((p) -> getTranslation("payment.method." + p.method().name()))
			.setHeader(getTranslation("payment.method"));
		grid.addColumn(Payment::reference).setHeader(getTranslation("payment.reference"));
		grid.setItems(available.value());
		grid.setAllRowsVisible(true);
		return grid;
	}

	private String money(Money money) {
		return this.formats.money(money.amount(), money.currency());
	}

	private Component fact(String key, String value) {
		Div fact = new Div(new Span(getTranslation(key)), new Span(value));
		fact.addClassName("fact");
		return fact;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invoice.title", this.title);
	}

}
