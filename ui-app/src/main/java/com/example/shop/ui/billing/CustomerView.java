package com.example.shop.ui.billing;

import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.InvoicePage;
import com.example.shop.bff.customer.CustomerOverview;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderPage;
import com.example.shop.ui.base.AuditTrailPanel;
import com.example.shop.ui.base.DetailView;
import com.example.shop.ui.base.EmptyState;
import com.example.shop.ui.base.Facts;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** A customer at a glance: account, balance, recent orders and invoices. */
@Route(Routes.CUSTOMER)
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class CustomerView extends DetailView<CustomerOverview> {

	private final Formats formats;

	private final boolean mayOpenOrders;

	private final boolean mayOpenInvoices;

	/** Whether the user may place orders, which the empty orders offer. */
	private final boolean mayPlaceOrders;

	private final AuditService audit;

	private String title = "";

	/** Billing and admins change the account; shown once the account has arrived. */
	final Button edit = new Button();

	private final boolean mayEdit;

	private Customer shown;

	CustomerView(CustomerService customers, BillingDeskService billing, AuditService audit, Formats formats,
			AccessAnnotationChecker access, AuthenticationContext user) {
		super(customers::overview);
		this.formats = formats;
		this.mayEdit = user.hasAnyRole(Roles.BILLING, Roles.ADMIN);
		this.edit.setText(getTranslation("customer.edit"));
		this.edit.setIcon(VaadinIcon.EDIT.create());
		this.edit.setVisible(false);
		this.edit.addClickListener((e) -> new CustomerDialog(this.shown, billing, audit, formats, (changed) -> {
			Notices.done(getTranslation("customer.saved", changed.name()));
			reload();
		}).open());
		// Asked once, while navigating; the overview arrives later, on another thread.
		this.mayOpenOrders = Routes.mayOpen(access, user, Routes.ORDER);
		this.mayOpenInvoices = Routes.mayOpen(access, user, Routes.INVOICE);
		this.mayPlaceOrders = Routes.mayOpen(access, user, Routes.NEW_ORDER);
		this.audit = audit;
	}

	@Override
	protected void show(CustomerOverview overview) {
		switch (overview.account()) {
			case Part.Available<Customer> account -> {
				Customer c = account.value();
				this.title = c.name();
				this.shown = c;
				this.edit.setVisible(this.mayEdit);
				content().add(new H2(c.name()), this.edit,
						Routes.link(getTranslation("customer.statement"), Routes.statement(c.id())), account(c));
			}
			case Part.Unavailable<Customer> unavailable -> {
				this.edit.setVisible(false);
				content().add(new H2(getTranslation("customer.title")), new Unavailable(unavailable));
			}
		}
		content().add(new H3(getTranslation("customer.balance")), Unavailable.or(overview.balance(), this::balance),
				new H3(getTranslation("customer.recent-orders")), Unavailable.or(overview.recentOrders(), this::orders),
				new H3(getTranslation("customer.invoices")), Unavailable.or(overview.invoices(), this::invoices));
		if (overview.account() instanceof Part.Available<Customer> account) {
			UUID id = account.value().id();
			content().add(new AuditTrailPanel(() -> this.audit.customer(id, AuditTrail.DEFAULT_SIZE), this.formats));
		}
	}

	/**
	 * E-mail, the account's status as a badge ({@code #customer-status}) and the payment
	 * terms.
	 */
	private Component account(Customer customer) {
		Span status = StatusBadges.of(customer.status());
		status.setId("customer-status");
		return new Paragraph(new Text(customer.email() + " · "), status,
				new Text(" · " + getTranslation("customer.terms", customer.paymentTermsDays())));
	}

	private Component balance(CustomerBalance b) {
		Facts facts = new Facts().fact("customer.credit-limit", this.formats.money(b.creditLimit()))
			.fact("customer.open", this.formats.money(b.open()))
			.fact("customer.overdue", this.formats.money(b.overdue()))
			.fact("customer.outstanding", this.formats.money(b.outstanding()))
			.fact("customer.available-credit", this.formats.money(b.availableCredit()));
		facts.setId("customer-balance");
		return facts;
	}

	private Component orders(OrderPage page) {
		Grid<Order> grid = new Grid<>(Order.class, false);
		grid.addColumn(Order::number).setHeader(getTranslation("orders.number"));
		StatusBadges.orderColumn(grid, Order::status).setHeader(getTranslation("orders.status"));
		grid.addColumn((o) -> this.formats.money(o.total()))
			.setHeader(getTranslation("orders.total"))
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((o) -> this.formats.dateTime(o.placedAt())).setHeader(getTranslation("orders.placed"));
		grid.setItems(page.items());
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("customer.recent-orders"));
		EmptyState none = new EmptyState(getTranslation("customer.no-orders"));
		if (this.mayPlaceOrders) {
			none.action(new Button(getTranslation("nav.new-order"), VaadinIcon.PLUS.create(),
					(e) -> e.getSource().getUI().ifPresent((ui) -> ui.navigate(Routes.NEW_ORDER))));
		}
		grid.setEmptyStateComponent(none);
		if (this.mayOpenOrders) {
			Routes.openRows(grid, (order) -> Routes.order(order.id()));
		}
		return grid;
	}

	private Component invoices(InvoicePage page) {
		InvoiceGrid grid = InvoiceGrid.listing(page.items(), this.formats, getTranslation("customer.invoices"));
		grid.setEmptyStateComponent(new EmptyState(getTranslation("customer.no-invoices")));
		if (this.mayOpenInvoices) {
			Routes.openRows(grid, (invoice) -> Routes.invoice(invoice.id()));
		}
		return grid;
	}

	@Override
	public String getPageTitle() {
		return this.title.isEmpty() ? getTranslation("customer.title") : this.title;
	}

}
