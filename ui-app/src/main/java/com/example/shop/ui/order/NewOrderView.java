package com.example.shop.ui.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.CustomerPage;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Badge;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A new order: pick a customer (their available credit is shown), add products
 * ({@link OrderLinesEditor}), see the total update, and submit. The form mints one
 * placement id and reuses it on every retry, so a retry after a timeout never places a
 * second order; only a refusal (nothing kept) starts a fresh placement. How it ended is
 * said by {@link PlacementOutcome}.
 */
@Route(Routes.NEW_ORDER)
@Menu(title = "nav.new-order", order = 4, icon = "vaadin:plus")
@RolesAllowed({ Roles.SALES, Roles.ADMIN })
class NewOrderView extends VerticalLayout implements HasDynamicTitle {

	private final PlaceOrderService placing;

	private final CustomerService customers;

	private final Formats formats;

	final ComboBox<Customer> customer = new ComboBox<>();

	final OrderLinesEditor lines;

	final Span total = new Span();

	final Div credit = new Div();

	final Button submit = new Button();

	final Div result = new Div();

	private final ProgressBar progress = new ProgressBar();

	private BigDecimal availableCredit;

	UUID placementId = UUID.randomUUID();

	NewOrderView(PlaceOrderService placing, CustomerService customers, CatalogPagesService catalog, Formats formats) {
		this.placing = placing;
		this.customers = customers;
		this.formats = formats;
		this.lines = new OrderLinesEditor(catalog, formats, this::refresh);
		setMaxWidth("1000px");

		this.customer.setLabel(getTranslation("new-order.customer"));
		this.customer.setRequiredIndicatorVisible(true);
		this.customer.setWidthFull();
		this.customer.setItemLabelGenerator((c) -> c.name() + " · " + c.email());
		this.customer.setItems((query) -> Pages.fetch(customers.customers(query.getFilter().orElse(null),
				List.of(CustomerStatus.ACTIVE), query.getPage(), query.getPageSize(), List.of("name,asc")),
				CustomerPage::items));
		this.customer.addValueChangeListener((e) -> loadCredit(e.getValue()));

		this.total.setId("order-total");
		this.credit.setId("credit-check");
		this.submit.setText(getTranslation("new-order.submit"));
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.addClickListener((e) -> submit());
		this.progress.setIndeterminate(true);
		this.progress.setVisible(false);
		this.progress.getElement().setAttribute("aria-label", getTranslation("new-order.placing"));
		this.result.setId("placement-result");
		this.result.getElement().setAttribute("role", "status");
		this.result.getElement().setAttribute("aria-live", "polite");
		add(new H2(getTranslation("nav.new-order")), this.customer, this.lines.picker(), this.lines.grid,
				new HorizontalLayout(new Span(getTranslation("new-order.total")), this.total), this.credit, this.submit,
				this.progress, this.result);
		refresh();
	}

	private void loadCredit(Customer selected) {
		this.availableCredit = null;
		this.credit.removeAll();
		if (selected == null) {
			return;
		}
		Async.load(this.customers.overview(selected.id()), (overview) -> {
			if (overview.balance() instanceof Part.Available<CustomerBalance> balance) {
				this.availableCredit = balance.value().availableCredit().value();
			}
			refresh();
		});
	}

	/** The total, and before submit whether it fits the credit and the stock. */
	private void refresh() {
		BigDecimal sum = this.lines.total();
		this.total.setText(this.formats.money(sum, this.formats.currency()));
		this.credit.removeAll();
		if (this.availableCredit != null) {
			boolean fits = sum.compareTo(this.availableCredit) <= 0;
			this.credit.add(Badge.of(
					getTranslation(fits ? "new-order.credit-ok" : "new-order.credit-exceeded",
							this.formats.money(this.availableCredit, this.formats.currency())),
					fits ? "success" : "error"));
		}
		if (this.lines.beyondStock()) {
			this.credit.add(Badge.of(getTranslation("new-order.stock-short"), "error"));
		}
		this.submit.setEnabled(mayPlace());
	}

	/**
	 * Lines chosen, none asking for more than is available, and a total within the
	 * customer's available credit where it is known: the form does not send what billing
	 * or the catalog would refuse (the badges above say why). They still check it, for
	 * whatever changed since.
	 */
	boolean mayPlace() {
		boolean withinCredit = this.availableCredit == null || this.lines.total().compareTo(this.availableCredit) <= 0;
		return !this.lines.chosen().isEmpty() && !this.lines.beyondStock() && withinCredit;
	}

	void submit() {
		if (this.customer.getValue() == null) {
			this.customer.setInvalid(true);
			this.customer.setErrorMessage(getTranslation("new-order.pick-customer"));
			return;
		}
		List<OrderLinesEditor.Line> chosen = this.lines.chosen();
		if (!mayPlace()) {
			return;
		}
		this.customer.setInvalid(false);
		PlaceOrder command = new PlaceOrder(this.placementId, this.customer.getValue().id(),
				chosen.stream().map((l) -> new PlaceOrder.Line(l.product().sku(), l.quantity())).toList());
		this.submit.setEnabled(false);
		this.progress.setVisible(true);
		this.result.removeAll();
		Async.load(this.placing.place(command), this::show, () -> {
			this.progress.setVisible(false);
			this.submit.setEnabled(mayPlace());
		});
	}

	private void show(Placement placement) {
		this.result.removeAll();
		this.result.add(PlacementOutcome.describe(placement, this, this.formats).toArray(Component[]::new));
		switch (placement) {
			case Placement.Placed placed -> startOver();
			case Placement.PlacedWithPendingSteps partly -> startOver();
			// Nothing was kept: the corrected form is a new placement.
			case Placement.Rejected rejected -> this.placementId = UUID.randomUUID();
			// It may yet be placed: submitting again must reuse the placement id.
			case Placement.NotPlaced notPlaced -> {
			}
		}
	}

	private void startOver() {
		this.placementId = UUID.randomUUID();
		this.lines.clear();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.new-order");
	}

}
