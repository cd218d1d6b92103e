package com.example.shop.ui.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.AgeingBucket;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.InvoiceList;
import com.example.shop.bff.billing.InvoiceQuery;
import com.example.shop.bff.billing.InvoiceStatus;
import com.example.shop.ui.base.AddressParameters;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.EmptyState;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.ListAddress;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.SearchField;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.StatusFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Invoices, newest first, with the customer and the order each bills; found by a search
 * (an invoice number, an order number, or words of the customer's name: what the BFF's
 * {@code InvoiceQuery} says) and by status, a page at a time; a click opens the invoice
 * and its payments. The search, the statuses and the age past due live in the address
 * ({@code /invoices?q=hanbit&status=OPEN,OVERDUE&ageing=DAYS_1_30}), so a reload keeps
 * them and a link (the dashboard's ageing bars) shares them. Each status in the filter
 * shows how many invoices have it today.
 */
@Route(Routes.INVOICES)
@Menu(title = "nav.invoices", order = 6, icon = "vaadin:invoice")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class InvoicesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	final SearchField search = new SearchField("invoices.search");

	final StatusFilter<InvoiceStatus> statuses;

	/**
	 * The unpaid invoices of one bucket of the receivables' ageing, as the dashboard's
	 * ageing bars link to them, or empty for any.
	 */
	final Select<AgeingBucket> ageing = new Select<>();

	final Grid<Invoice> grid;

	/**
	 * What the grid shows instead of rows: what to do next, and a button that clears the
	 * filters.
	 */
	final EmptyState empty;

	/** The invoices the filters select, with their customers and orders, as CSV. */
	final CsvExport<Named> export;

	/**
	 * The names and numbers of the pages fetched so far, which the grid's cells show;
	 * what the BFF could not give is absent and shows as "—".
	 */
	private final Map<UUID, String> customerNames = new ConcurrentHashMap<>();

	private final Map<UUID, String> orderNumbers = new ConcurrentHashMap<>();

	/** The filters in the address: read on entering, written when they change. */
	private final ListAddress address = new ListAddress(this, Routes.INVOICES, this::filters);

	InvoicesView(BillingDeskService billing, Formats formats) {
		setSizeFull();
		this.search.setPlaceholder(getTranslation("invoices.search-placeholder"));
		this.search.setMaxLength(100);
		this.search.setMinWidth("18em");
		// How many invoices are in each status today, once billing has answered (the list
		// does not wait for it).
		this.statuses = new StatusFilter<>(InvoiceStatus.class, "invoice.status", (s) -> StatusBadges.label(this, s),
				formats);
		this.ageing.setLabel(getTranslation("invoices.ageing"));
		this.ageing.setItems(AgeingBucket.values());
		this.ageing.setEmptySelectionAllowed(true);
		this.ageing.setEmptySelectionCaption(getTranslation("invoices.any-age"));
		this.ageing.setItemLabelGenerator(
				(b) -> (b != null) ? getTranslation("ageing." + b.name()) : getTranslation("invoices.any-age"));
		this.export = CsvExport.<Named>of("invoices", List.of(
				new CsvExport.Column<>(getTranslation("invoice.number"), (r) -> r.invoice().number()),
				new CsvExport.Column<>(getTranslation("invoice.customer"), Named::customer),
				new CsvExport.Column<>(getTranslation("invoice.order"), Named::order),
				new CsvExport.Column<>(getTranslation("invoice.status"),
						(r) -> StatusBadges.label(this, r.invoice().status())),
				new CsvExport.Column<>(getTranslation("invoice.amount"), (r) -> r.invoice().amount().amount()),
				new CsvExport.Column<>(getTranslation("invoice.outstanding"),
						(r) -> r.invoice().outstandingAmount().amount()),
				new CsvExport.Column<>(getTranslation("export.currency"), (r) -> r.invoice().amount().currency()),
				new CsvExport.Column<>(getTranslation("invoice.issued"), (r) -> r.invoice().issueDate()),
				new CsvExport.Column<>(getTranslation("invoice.due"), (r) -> r.invoice().dueDate())),
				(page, size) -> billing.invoiceList(query(page, size))
					.map((found) -> new CsvExport.Slice<>(found.items()
						.stream()
						.map((i) -> new Named(i, found.customerName(i).orElse(null), found.orderNumber(i).orElse(null)))
						.toList(), found.total())),
				() -> LocalDate.now(formats.zone()));
		HorizontalLayout filters = new HorizontalLayout(this.search, this.statuses, this.ageing,
				this.export.link(getTranslation("export.csv")));
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		this.grid = new InvoiceGrid(formats, this::customerOf, this::orderOf);
		this.grid.setPageSize(Pages.SIZE);
		this.grid.setItems((query) -> Pages.fetch(billing.invoiceList(query(query.getPage(), query.getPageSize())),
				this::remember));
		Routes.openRows(this.grid, (item) -> Routes.invoice(item.id()));
		this.grid.setAriaLabel(getTranslation("invoices.title"));
		this.empty = new EmptyState(getTranslation("invoices.none")).action(new Button(
				getTranslation("invoices.clear-filters"), (e) -> this.search.clearWith(this.statuses, this.ageing)));
		this.grid.setEmptyStateComponent(this.empty);
		this.address.follow(this.grid, this.search, this.statuses, this.ageing);
		add(new H2(getTranslation("invoices.title")), filters, this.grid);
		// All invoices, whatever the search: billing counts statuses as of today, as the
		// list matches them.
		// Counts that cannot be had are left out quietly: the list says what is wrong.
		Async.load(billing.receivables().onErrorComplete(), (receivables) -> this.statuses
			.showCounts(receivables.invoicesByStatus(), getTranslation("invoices.counts-now")));
	}

	/** The customer's name the grid shows, or {@code null} if billing could not say. */
	String customerOf(Invoice invoice) {
		return this.customerNames.get(invoice.customerId());
	}

	/** The order's number the grid shows, or {@code null} if orders could not say. */
	String orderOf(Invoice invoice) {
		return this.orderNumbers.get(invoice.orderId());
	}

	/** Keeps the page's names and numbers for its cells, and gives its invoices. */
	private List<Invoice> remember(InvoiceList page) {
		for (Invoice invoice : page.items()) {
			page.customerName(invoice).ifPresent((name) -> this.customerNames.put(invoice.customerId(), name));
			page.orderNumber(invoice).ifPresent((number) -> this.orderNumbers.put(invoice.orderId(), number));
		}
		return page.items();
	}

	/** One page of the invoices the filters select. */
	private InvoiceQuery query(int page, int size) {
		return new InvoiceQuery(List.of(), null, List.copyOf(this.statuses.getSelectedItems()), page, size, List.of(),
				this.search.getValue(), this.ageing.getValue());
	}

	/**
	 * An invoice with its customer's name and its order's number ({@code null} where the
	 * BFF could not give them).
	 */
	record Named(Invoice invoice, String customer, String order) {
	}

	/**
	 * Takes the search and statuses from the address; what does not parse is left out.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.address.read(event, (parameters) -> {
			AddressParameters.first(parameters, "q")
				.map((q) -> (q.length() > 100) ? q.substring(0, 100) : q)
				.ifPresent(this.search::setValue);
			AddressParameters.values(parameters, "status", InvoiceStatus.class).ifPresent(this.statuses::setValue);
			AddressParameters.value(parameters, "ageing", AgeingBucket.class).ifPresent(this.ageing::setValue);
		});
	}

	/**
	 * The search and statuses as query parameters (statuses in the lifecycle's order).
	 */
	QueryParameters filters() {
		return ListAddress.parameters()
			.text("q", this.search.getValue())
			.values("status", this.statuses.getSelectedItems())
			.value("ageing", this.ageing.getValue())
			.build();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invoices.title");
	}

}
