package com.example.shop.ui.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerBalance;
import com.example.shop.bff.billing.CustomerPage;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.ProductSort;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A new order: pick a customer (their available credit is shown), add products (stock
 * shown) with quantities, see the total update, and submit. The form mints one placement
 * id and reuses it on every retry, so a retry after a timeout never places a second
 * order; only a refusal (nothing kept) starts a fresh placement.
 */
@Route(Routes.NEW_ORDER)
@Menu(title = "nav.new-order", order = 4, icon = "vaadin:plus")
@RolesAllowed({ Roles.SALES, Roles.ADMIN })
class NewOrderView extends VerticalLayout implements HasDynamicTitle {

	private final PlaceOrderService placing;

	private final CustomerService customers;

	private final Formats formats;

	final ComboBox<Customer> customer = new ComboBox<>();

	final ComboBox<Product> product = new ComboBox<>();

	final IntegerField quantity = new IntegerField();

	final Button add = new Button();

	final Grid<Line> lines = new Grid<>(Line.class, false);

	final Span total = new Span();

	final Div credit = new Div();

	final Button submit = new Button();

	final Div result = new Div();

	private final ProgressBar progress = new ProgressBar();

	private final List<Line> items = new ArrayList<>();

	private BigDecimal availableCredit;

	UUID placementId = UUID.randomUUID();

	NewOrderView(PlaceOrderService placing, CustomerService customers, CatalogPagesService catalog, Formats formats) {
		this.placing = placing;
		this.customers = customers;
		this.formats = formats;
		setMaxWidth("1000px");

		this.customer.setLabel(getTranslation("new-order.customer"));
		this.customer.setRequiredIndicatorVisible(true);
		this.customer.setWidthFull();
		this.customer.setItemLabelGenerator((c) -> c.name() + " · " + c.email());
		this.customer.setItems((query) -> Pages.fetch(customers.customers(query.getFilter().orElse(null),
				List.of(CustomerStatus.ACTIVE), query.getPage(), query.getPageSize(), List.of("name,asc")),
				CustomerPage::items));
		this.customer.addValueChangeListener((e) -> loadCredit(e.getValue()));

		this.product.setLabel(getTranslation("new-order.product"));
		this.product.setWidthFull();
		this.product.setItemLabelGenerator((p) -> getTranslation("new-order.product-item", p.name(), p.sku(),
				this.formats.number(p.available()), this.formats.money(p.price().amount(), p.price().currency())));
		this.product
			.setItems(
					(query) -> Pages.fetch(
							catalog.search(new ProductQuery(query.getFilter().orElse(null), null, true, null,
									query.getPage(), query.getPageSize(), ProductSort.NAME, false)),
							ProductPage::items));
		this.quantity.setLabel(getTranslation("order.quantity"));
		this.quantity.setMin(1);
		this.quantity.setMax(10_000);
		this.quantity.setValue(1);
		this.quantity.setStepButtonsVisible(true);
		this.add.setText(getTranslation("new-order.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.addClickListener((e) -> addLine());
		HorizontalLayout picker = new HorizontalLayout(this.product, this.quantity, this.add);
		picker.setWidthFull();
		picker.setAlignItems(FlexComponent.Alignment.BASELINE);

		this.lines.addColumn((l) -> l.product().sku()).setHeader(getTranslation("product.sku")).setAutoWidth(true);
		this.lines.addColumn((l) -> l.product().name()).setHeader(getTranslation("product.name")).setFlexGrow(1);
		this.lines.addColumn((l) -> this.formats.number(l.product().available()))
			.setHeader(getTranslation("product.available"))
			.setTextAlign(ColumnTextAlign.END);
		this.lines.addColumn((l) -> this.formats.number(l.quantity()))
			.setHeader(getTranslation("order.quantity"))
			.setTextAlign(ColumnTextAlign.END);
		this.lines.addColumn((l) -> this.formats.money(l.total(), l.product().price().currency()))
			.setHeader(getTranslation("order.line-total"))
			.setTextAlign(ColumnTextAlign.END);
		this.lines.addComponentColumn((l) -> {
			Button remove = new Button(VaadinIcon.TRASH.create(), (e) -> {
				this.items.remove(l);
				refresh();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			remove.setAriaLabel(getTranslation("new-order.remove", l.product().name()));
			return remove;
		}).setAutoWidth(true).setFlexGrow(0);
		this.lines.setAllRowsVisible(true);
		this.lines.setAriaLabel(getTranslation("order.lines"));

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
		add(new H2(getTranslation("nav.new-order")), this.customer, picker, this.lines,
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
				this.availableCredit = new BigDecimal(balance.value().availableCredit().amount());
			}
			refresh();
		});
	}

	private void addLine() {
		Product chosen = this.product.getValue();
		Integer count = this.quantity.getValue();
		if (chosen == null) {
			this.product.setInvalid(true);
			this.product.setErrorMessage(getTranslation("new-order.pick-product"));
			return;
		}
		if (count == null || count < 1 || count > 10_000) {
			this.quantity.setInvalid(true);
			this.quantity.setErrorMessage(getTranslation("new-order.quantity-range"));
			return;
		}
		this.product.setInvalid(false);
		this.quantity.setInvalid(false);
		this.items.removeIf((l) -> l.product().sku().equals(chosen.sku()));
		this.items.add(new Line(chosen, count));
		this.product.clear();
		this.quantity.setValue(1);
		refresh();
	}

	private BigDecimal total() {
		return this.items.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void refresh() {
		this.lines.setItems(this.items);
		BigDecimal sum = total();
		this.total.setText(this.formats.money(sum, this.formats.currency()));
		this.credit.removeAll();
		if (this.availableCredit != null) {
			boolean fits = sum.compareTo(this.availableCredit) <= 0;
			Span check = new Span(getTranslation(fits ? "new-order.credit-ok" : "new-order.credit-exceeded",
					this.formats.money(this.availableCredit, this.formats.currency())));
			check.getElement().getThemeList().add(fits ? "badge success" : "badge error");
			this.credit.add(check);
		}
		boolean short_ = this.items.stream().anyMatch((l) -> l.quantity() > l.product().available());
		if (short_) {
			Span warning = new Span(getTranslation("new-order.stock-short"));
			warning.getElement().getThemeList().add("badge contrast");
			this.credit.add(warning);
		}
		this.submit.setEnabled(!this.items.isEmpty());
	}

	void submit() {
		if (this.customer.getValue() == null) {
			this.customer.setInvalid(true);
			this.customer.setErrorMessage(getTranslation("new-order.pick-customer"));
			return;
		}
		if (this.items.isEmpty()) {
			return;
		}
		this.customer.setInvalid(false);
		PlaceOrder command = new PlaceOrder(this.placementId, this.customer.getValue().id(),
				this.items.stream().map((l) -> new PlaceOrder.Line(l.product().sku(), l.quantity())).toList());
		this.submit.setEnabled(false);
		this.progress.setVisible(true);
		this.result.removeAll();
		Async.load(this.placing.place(command), this::show, () -> {
			this.progress.setVisible(false);
			this.submit.setEnabled(!this.items.isEmpty());
		});
	}

	private void show(Placement placement) {
		this.result.removeAll();
		switch (placement) {
			case Placement.Placed placed -> {
				this.result.add(
						outcome("success",
								getTranslation("new-order.placed", placed.order().number(), placed.invoice().number())),
						link(placed.order().id(), placed.order().number()));
				startOver();
			}
			case Placement.PlacedWithPendingSteps partly -> {
				this.result
					.add(outcome("contrast", getTranslation("new-order.placed-pending", partly.order().number())));
				for (PendingStep step : partly.pending()) {
					this.result.add(new Paragraph(step.message()));
				}
				this.result.add(link(partly.order().id(), partly.order().number()));
				startOver();
			}
			case Placement.Rejected rejected -> {
				this.result.add(outcome("error", getTranslation("new-order.rejected." + rejected.reason().name())),
						new Paragraph(rejected.message()));
				rejected.fieldErrors().forEach((f) -> this.result.add(new Paragraph(f.field() + ": " + f.message())));
				// Nothing was kept: the corrected form is a new placement.
				this.placementId = UUID.randomUUID();
			}
			case Placement.NotPlaced notPlaced -> this.result
				.add(outcome("contrast", getTranslation("new-order.not-placed")), new Paragraph(notPlaced.message()));
		}
	}

	private Span outcome(String theme, String text) {
		Span span = new Span(text);
		span.getElement().getThemeList().add("badge " + theme);
		span.addClassName("outcome");
		return span;
	}

	private Anchor link(UUID orderId, String number) {
		return Routes.link(getTranslation("new-order.open", number), Routes.order(orderId));
	}

	private void startOver() {
		this.items.clear();
		this.placementId = UUID.randomUUID();
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.new-order");
	}

	/**
	 * One line of the form.
	 *
	 * @param product the product as picked (its stock and price as shown)
	 * @param quantity how many
	 */
	record Line(Product product, int quantity) {

		BigDecimal total() {
			return this.product.price().value().multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
