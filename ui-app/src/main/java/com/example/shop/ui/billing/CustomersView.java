package com.example.shop.ui.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.example.shop.bff.Money;
import com.example.shop.bff.Roles;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.customer.CustomerList;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.AddressParameters;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.EmptyState;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.ListAddress;
import com.example.shop.ui.base.Notices;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.SearchField;
import com.example.shop.ui.base.StatusBadges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Customers by name or email with what each owes today; a click opens the customer's
 * overview with its balance. The search lives in the address
 * ({@code customers?q=hanbit}), so a reload keeps it and a link shares it.
 */
@Route(Routes.CUSTOMERS)
@Menu(title = "nav.customers", order = 5, icon = "vaadin:users")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class CustomersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	final SearchField search = new SearchField("customers.search");

	final Grid<Customer> grid = new Grid<>(Customer.class, false);

	final Button newCustomer = new Button();

	/**
	 * What the grid shows instead of rows: that nothing matches the search (with a button
	 * that clears it) or that there are no customers yet, and New customer for those who
	 * may create one.
	 */
	final EmptyState empty = new EmptyState("");

	final Button clearSearch = new Button();

	/** The list as its search finds it, as CSV. */
	final CsvExport<Owing> export;

	/**
	 * The search and the sort in the address: read on entering, written when they change.
	 */
	private final ListAddress address = new ListAddress(this, Routes.CUSTOMERS, this::filters);

	/** What each customer fetched so far owes; absent when billing could not say. */
	private final Map<UUID, Money> outstanding = new ConcurrentHashMap<>();

	CustomersView(CustomerService customers, BillingDeskService billing, AuditService audit, Formats formats,
			AuthenticationContext user) {
		setSizeFull();
		this.newCustomer.setText(getTranslation("customer.new"));
		this.newCustomer.setIcon(VaadinIcon.PLUS.create());
		this.newCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		// Billing and admins keep customers' accounts (docs/security.md); the BFF refuses
		// everybody else anyway.
		this.newCustomer.setVisible(user.hasAnyRole(Roles.BILLING, Roles.ADMIN));
		Runnable create = () -> new CustomerDialog(null, billing, audit, formats, (opened) -> {
			Notices.done(getTranslation("customer.created", opened.name()));
			this.grid.getDataProvider().refreshAll();
		}).open();
		this.newCustomer.addClickListener((e) -> create.run());
		// The name takes the width that is left and wraps rather than being cut; the
		// e-mail wraps within a bounded share, states and amounts are as wide as they
		// are.
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(Customer::name)
			.setHeader(getTranslation("customer.name"))
			.setKey("name")
			.setSortProperty("name")
			.setFlexGrow(2);
		this.grid.addColumn(Customer::email)
			.setHeader(getTranslation("customer.email"))
			.setKey("email")
			.setSortProperty("email")
			.setFlexGrow(1);
		StatusBadges.customerColumn(this.grid, Customer::status)
			.setHeader(getTranslation("customer.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		Columns.figure(this.grid, "customer.credit-limit", (c) -> formats.money(c.creditLimit()))
			.setKey("creditLimit")
			.setSortProperty("creditLimit")
			.setFlexGrow(0);
		Columns.figure(this.grid, "customer.balance", (c) -> balanceOf(c, formats)).setKey("balance").setFlexGrow(0);
		this.grid.setPageSize(Pages.SIZE);
		// One page of customers, then their balances in one call (the BFF's
		// customerList), never one call per row.
		this.grid.setItems((query) -> Pages.fetch(customers.customerList(blankToNull(this.search.getValue()), List.of(),
				query.getPage(), query.getPageSize(), sort(query.getSortOrders())), (page) -> {
					List<Customer> found = remember(page);
					if (query.getPage() == 0) {
						showEmpty(found.isEmpty());
					}
					return found;
				}));
		this.clearSearch.setText(getTranslation("customers.clear-search"));
		this.clearSearch.addClickListener((e) -> this.search.clearWith());
		this.empty.action(this.clearSearch);
		if (this.newCustomer.isVisible()) {
			this.empty
				.action(new Button(getTranslation("customer.new"), VaadinIcon.PLUS.create(), (e) -> create.run()));
		}
		this.empty.setVisible(false);
		this.grid.setEmptyStateComponent(this.empty);
		Routes.openRows(this.grid, (customer) -> Routes.customer(customer.id()));
		this.grid.setAriaLabel(getTranslation("customers.title"));
		this.address.follow(this.grid, this.search);
		this.grid.addSortListener((e) -> this.address.write());
		this.export = export(customers, formats);
		HorizontalLayout bar = new HorizontalLayout(this.search, this.newCustomer,
				this.export.link(getTranslation("export.csv")));
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new H2(getTranslation("customers.title")), bar, this.grid);
	}

	/**
	 * The list as its search finds it, as CSV: the grid's columns, amounts as plain
	 * decimals with their currency, the balance empty where billing could not say.
	 */
	private CsvExport<Owing> export(CustomerService customers, Formats formats) {
		List<CsvExport.Column<Owing>> columns = List.of(
				new CsvExport.Column<>(getTranslation("customer.name"), (r) -> r.customer().name()),
				new CsvExport.Column<>(getTranslation("customer.email"), (r) -> r.customer().email()),
				new CsvExport.Column<>(getTranslation("customer.status"),
						(r) -> StatusBadges.label(this, r.customer().status())),
				new CsvExport.Column<>(getTranslation("customer.credit-limit"),
						(r) -> r.customer().creditLimit().amount()),
				new CsvExport.Column<>(getTranslation("customer.terms-days"), (r) -> r.customer().paymentTermsDays()),
				new CsvExport.Column<>(getTranslation("customer.balance"),
						(r) -> (r.owed() != null) ? r.owed().amount() : null),
				new CsvExport.Column<>(getTranslation("export.currency"),
						(r) -> r.customer().creditLimit().currency()));
		return CsvExport.<Owing>of("customers", columns,
				(page, size) -> customers
					.customerList(blankToNull(this.search.getValue()), List.of(), page, size, sort(gridSort()))
					.map((list) -> new CsvExport.Slice<>(
							list.items().stream().map((c) -> new Owing(c, list.outstanding(c).orElse(null))).toList(),
							list.total())),
				() -> LocalDate.now(formats.zone()));
	}

	/**
	 * Shows the empty state when the list's first page is empty, saying whether the
	 * search found nothing or there is nothing yet.
	 */
	private void showEmpty(boolean none) {
		String q = blankToNull(this.search.getValue());
		this.empty.setText((q != null) ? getTranslation("customers.no-match", q) : getTranslation("customers.none"));
		this.clearSearch.setVisible(q != null);
		this.empty.setVisible(none);
	}

	/** A customer and what the customer owes ({@code null} if billing could not say). */
	record Owing(Customer customer, Money owed) {
	}

	/** What the balance column shows: what the customer owes, or "—" if unknown. */
	String balanceOf(Customer customer, Formats formats) {
		return Optional.ofNullable(this.outstanding.get(customer.id())).map(formats::money).orElse("—");
	}

	/** Keeps what the page's customers owe for the balance column, and gives them. */
	private List<Customer> remember(CustomerList page) {
		for (Customer customer : page.items()) {
			page.outstanding(customer)
				.ifPresentOrElse((owed) -> this.outstanding.put(customer.id(), owed),
						() -> this.outstanding.remove(customer.id()));
		}
		return page.items();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Takes the search from the address. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.address.read(event, (parameters) -> {
			AddressParameters.first(parameters, "q").ifPresent(this.search::setValue);
			AddressParameters.first(parameters, "sort").flatMap(this::sortOf).ifPresent(this.grid::sort);
		});
	}

	/**
	 * The grid's sort from the address ({@code name,desc}); empty for a column that is
	 * not sortable or a direction that is neither.
	 */
	private Optional<List<GridSortOrder<Customer>>> sortOf(String text) {
		String[] parts = text.strip().split(",");
		Grid.Column<Customer> column = this.grid.getColumnByKey(parts[0]);
		if (column == null || !column.isSortable() || parts.length > 2) {
			return Optional.empty();
		}
		String direction = (parts.length == 2) ? parts[1] : "asc";
		return switch (direction) {
			case "asc" -> Optional.of(List.of(new GridSortOrder<>(column, SortDirection.ASCENDING)));
			case "desc" -> Optional.of(List.of(new GridSortOrder<>(column, SortDirection.DESCENDING)));
			default -> Optional.empty();
		};
	}

	/**
	 * The sort billing is asked for ({@code field,asc|desc}, the grid's column keys are
	 * billing's fields): by name unless a column is sorted.
	 */
	private static List<String> sort(List<QuerySortOrder> orders) {
		if (orders.isEmpty()) {
			return List.of("name,asc");
		}
		return orders.stream().map(CustomersView::sortParameter).toList();
	}

	/** One sorted column as billing and the address say it: {@code field,asc|desc}. */
	private static String sortParameter(QuerySortOrder order) {
		return order.getSorted() + ((order.getDirection() == SortDirection.DESCENDING) ? ",desc" : ",asc");
	}

	/** The grid's sort as it is now, by column key (billing's field). */
	private List<QuerySortOrder> gridSort() {
		return this.grid.getSortOrder()
			.stream()
			.map((o) -> new QuerySortOrder(o.getSorted().getKey(), o.getDirection()))
			.toList();
	}

	/** The search and the sort as query parameters. */
	QueryParameters filters() {
		return ListAddress.parameters()
			.text("q", this.search.getValue())
			.text("sort", gridSort().stream().findFirst().map(CustomersView::sortParameter).orElse(null))
			.build();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("customers.title");
	}

}
