package com.example.shop.ui.billing;

import java.util.UUID;

import com.example.shop.bff.Money;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.customer.CustomerOverview;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderPage;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.RolesAllowed;

/** A customer at a glance: account, balance, recent orders and invoices. */
@Route(Routes.CUSTOMER)
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class CustomerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final CustomerService customers;

	private final Formats formats;

	private final boolean mayOpenOrders;

	private final boolean mayOpenInvoices;

	private final ProgressBar progress = new ProgressBar();

	private final Div content = new Div();

	private String title = "";

	CustomerView(CustomerService customers, Formats formats, AccessAnnotationChecker access) {
		this.customers = customers;
		this.formats = formats;
		// Asked now, while navigating: the overview arrives later, outside any request.
		this.mayOpenOrders = Routes.mayOpen(access, Routes.ORDER);
		this.mayOpenInvoices = Routes.mayOpen(access, Routes.INVOICE);
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		add(this.progress, this.content);
	}

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		UUID id;
		try {
			id = UUID.fromString(parameter);
		}
		catch (IllegalArgumentException ex) {
			this.content.add(new Paragraph(getTranslation("error.not-found")));
			this.progress.setVisible(false);
			return;
		}
		Async.load(this.customers.overview(id), this::show, () -> this.progress.setVisible(false));
	}

	void show(CustomerOverview overview) {
		this.content.removeAll();
		switch (overview.account()) {
			case Part.Available<Customer> account -> {
				Customer c = account.value();
				this.title = c.name();
				this.content.add(new H2(c.name()),
						new Paragraph(c.email() + " · " + getTranslation("customer.status." + c.status().name()) + " · "
								+ getTranslation("customer.terms", c.paymentTermsDays())));
			}
			case Part.Unavailable<Customer> unavailable ->
				this.content.add(new H2(getTranslation("customer.title")), new Unavailable(unavailable));
		}
		this.content.add(new H3(getTranslation("customer.balance")), balance(overview.balance()));
		this.content.add(new H3(getTranslation("customer.recent-orders")), orders(overview.recentOrders()));
		this.content.add(new H3(getTranslation("customer.invoices")), invoices(overview.invoices()));
	}

	private Component balance(Part<CustomerBalance> part) {
		if (!(part instanceof Part.Available<CustomerBalance> available)) {
			return new Unavailable((Part.Unavailable<?>) part);
		}
		CustomerBalance b = available.value();
		Div facts = new Div();
		facts.setId("customer-balance");
		facts.addClassName("facts");
		facts.add(fact("customer.credit-limit", money(b.creditLimit())), fact("customer.open", money(b.open())),
				fact("customer.overdue", money(b.overdue())), fact("customer.outstanding", money(b.outstanding())),
				fact("customer.available-credit", money(b.availableCredit())));
		return facts;
	}

	private String money(Money money) {
		return this.formats.money(money.amount(), money.currency());
	}

	private Component fact(String key, String value) {
		Div fact = new Div(new Span(getTranslation(key)), new Span(value));
		fact.addClassName("fact");
		return fact;
	}

	private Component orders(Part<OrderPage> part) {
		if (!(part instanceof Part.Available<OrderPage> available)) {
			return new Unavailable((Part.Unavailable<?>) part);
		}
		Grid<Order> grid = new Grid<>(Order.class, false);
		grid.addColumn(Order::number).setHeader(getTranslation("orders.number"));
		grid.addColumn((o) -> getTranslation("order.status." + o.status().name()))
			.setHeader(getTranslation("orders.status"));
		grid.addColumn((o) -> this.formats.money(o.total().amount(), o.total().currency()))
			.setHeader(getTranslation("orders.total"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((o) -> this.formats.dateTime(o.placedAt())).setHeader(getTranslation("orders.placed"));
		grid.setItems(available.value().items());
		grid.setAllRowsVisible(true);
		if (this.mayOpenOrders) {
			grid.addItemClickListener((e) -> getUI().ifPresent((ui) -> ui.navigate(Routes.order(e.getItem().id()))));
		}
		return grid;
	}

	private Component invoices(Part<InvoicePage> part) {
		if (!(part instanceof Part.Available<InvoicePage> available)) {
			return new Unavailable((Part.Unavailable<?>) part);
		}
		Grid<Invoice> grid = new InvoiceGrid(this.formats);
		grid.setItems(available.value().items());
		grid.setAllRowsVisible(true);
		if (this.mayOpenInvoices) {
			grid.addItemClickListener((e) -> getUI().ifPresent((ui) -> ui.navigate(Routes.invoice(e.getItem().id()))));
		}
		return grid;
	}

	@Override
	public String getPageTitle() {
		return this.title.isEmpty() ? getTranslation("customer.title") : this.title;
	}

}
