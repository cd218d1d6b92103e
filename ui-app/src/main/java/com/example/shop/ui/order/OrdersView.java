package com.example.shop.ui.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.example.shop.bff.Roles;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.OrderQuery;
import com.example.shop.bff.order.OrderStats;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.ui.base.Columns;
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
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Orders, newest first, found by a search (orders' own: a number however typed, its
 * start, or words of the customer's name) and filtered by status and business days;
 * loaded a page at a time. The filters live in the address
 * ({@code /orders?q=hanbit&status=PLACED,CONFIRMED&from=2026-11-01&to=2026-11-30}), so a
 * reload keeps them and a link shares them.
 */
@Route(Routes.ORDERS)
@Menu(title = "nav.orders", order = 3, icon = "vaadin:cart")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class OrdersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	/** An order's number however typed, its start, or words of its customer's name. */
	final SearchField search = new SearchField("orders.search");

	final StatusFilter<OrderStatus> statuses;

	final DateField from = new DateField();

	final DateField to = new DateField();

	final Grid<OrderRow> grid = new Grid<>(OrderRow.class, false);

	/**
	 * What the grid shows instead of rows: what to do next, and a button that clears the
	 * filters.
	 */
	final EmptyState empty;

	/**
	 * The orders the filters select, as CSV (placed as the business zone's local time).
	 */
	final CsvExport<Order> export;

	/** The filters in the address: read on entering, written when they change. */
	private final ListAddress address = new ListAddress(this, Routes.ORDERS, this::filters);

	private final OrderDeskService orders;

	private final Formats formats;

	private Disposable counting;

	OrdersView(OrderDeskService orders, Formats formats, AccessAnnotationChecker access, AuthenticationContext user) {
		this.orders = orders;
		this.formats = formats;
		setSizeFull();
		this.search.setPlaceholder(getTranslation("orders.search-placeholder"));
		this.search.setMaxLength(100);
		this.search.setMinWidth("16em");
		// How many orders of the counted period are in each status, once orders has
		// answered (the list does not wait for it).
		this.statuses = new StatusFilter<>(OrderStatus.class, "orders.status", (s) -> StatusBadges.label(this, s),
				formats);
		this.from.setLabel(getTranslation("orders.from"));
		this.to.setLabel(getTranslation("orders.to"));
		// What is wrong shows under the field, in words; the list waits for a range that
		// makes sense instead of asking orders for one it refuses.
		// The example is written the way the picker reads dates in the user's language.
		String badDate = getTranslation("orders.date-invalid", formats.typedDate(LocalDate.now(formats.zone())));
		this.from.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(badDate)
			.setMaxErrorMessage(getTranslation("orders.from-after-to")));
		this.to.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(badDate)
			.setMinErrorMessage(getTranslation("orders.to-before-from")));
		Button newOrder = new Button(getTranslation("nav.new-order"), VaadinIcon.PLUS.create(),
				(e) -> e.getSource().getUI().ifPresent((ui) -> ui.navigate(Routes.NEW_ORDER)));
		newOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		// Offered to whoever may open the form: sales and admins (docs/security.md).
		newOrder.setVisible(Routes.mayOpen(access, user, Routes.NEW_ORDER));
		this.export = CsvExport.<Order>of(
				"orders", List
					.of(new CsvExport.Column<>(getTranslation("orders.number"), Order::number),
							new CsvExport.Column<>(getTranslation("orders.customer"), Order::customerName),
							new CsvExport.Column<>(getTranslation("orders.status"),
									(o) -> StatusBadges.label(this, o.status())),
							new CsvExport.Column<>(getTranslation("orders.total"), (o) -> o.total().amount()),
							new CsvExport.Column<>(getTranslation("export.currency"), (o) -> o.total().currency()),
							new CsvExport.Column<>(getTranslation("orders.placed"), (
									o) -> o.placedAt().atZone(formats.zone()).toLocalDateTime().toString())),
				(page, size) -> rangeMakesSense()
						? orders.orders(query(page, size))
							.map((found) -> new CsvExport.Slice<>(found.items(), found.total()))
						: Mono.just(new CsvExport.Slice<>(List.of(), 0)),
				() -> LocalDate.now(formats.zone()));
		HorizontalLayout filters = new HorizontalLayout(this.search, this.statuses, this.from, this.to, newOrder,
				this.export.link(getTranslation("export.csv")));
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);

		this.grid.addColumn(OrderRow::number).setHeader(getTranslation("orders.number")).setAutoWidth(true);
		this.grid.addColumn(OrderRow::customerName).setHeader(getTranslation("orders.customer")).setFlexGrow(1);
		StatusBadges.orderColumn(this.grid, OrderRow::status)
			.setHeader(getTranslation("orders.status"))
			.setAutoWidth(true);
		Columns.figure(this.grid, "orders.total", (o) -> formats.money(o.total()));
		this.grid.addColumn((o) -> formats.dateTime(o.placedAt()))
			.setHeader(getTranslation("orders.placed"))
			.setAutoWidth(true);
		this.grid.setPageSize(Pages.SIZE);
		this.grid.setItems((query) -> {
			int page = query.getPage();
			int size = query.getPageSize();
			if (!rangeMakesSense()) {
				return Stream.empty();
			}
			return Pages.fetch(orders.orders(query(page, size)),
					(found) -> found.items().stream().map(OrderRow::of).toList());
		});
		Routes.openRows(this.grid, (item) -> Routes.order(item.id()));
		this.grid.setAriaLabel(getTranslation("orders.title"));
		// Empties every filter: the list shows all orders again, newest first.
		this.empty = new EmptyState(getTranslation("orders.none"))
			.action(new Button(getTranslation("orders.clear-filters"),
					(e) -> this.search.clearWith(this.statuses, this.from, this.to)));
		this.grid.setEmptyStateComponent(this.empty);
		this.address.follow(this.grid, this.search, this.statuses);
		this.from.addValueChangeListener((e) -> {
			this.to.setMin(e.getValue());
			this.to.recheck();
			this.address.changed(this.grid);
			countsChanged();
		});
		this.to.addValueChangeListener((e) -> {
			this.from.setMax(e.getValue());
			this.from.recheck();
			this.address.changed(this.grid);
			countsChanged();
		});
		add(new H2(getTranslation("orders.title")), filters, this.grid);
	}

	/** One page of the orders the filters select, newest first. */
	private OrderQuery query(int page, int size) {
		return new OrderQuery(List.copyOf(this.statuses.getSelectedItems()), null, this.from.getValue(),
				this.to.getValue(), page, size, List.of("placedAt,desc"), this.search.getValue());
	}

	/** Takes the filters from the address; what does not parse is left out. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.address.read(event, (parameters) -> {
			AddressParameters.first(parameters, "q").ifPresent(this.search::setValue);
			AddressParameters.values(parameters, "status", OrderStatus.class).ifPresent(this.statuses::setValue);
			AddressParameters.date(parameters, "from").ifPresent(this.from::setValue);
			AddressParameters.date(parameters, "to").ifPresent(this.to::setValue);
		});
		countsChanged();
	}

	/**
	 * The business days the status counts cover: the list's date range, an open end taken
	 * as today and an open start as a year before the end (orders counts at most 366
	 * days), so with no dates set the counts are the last year's; empty for a range that
	 * makes no sense.
	 */
	Optional<Counted> countedPeriod() {
		if (!rangeMakesSense()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.formats.zone());
		LocalDate end = (this.to.getValue() != null) ? this.to.getValue()
				: (this.from.getValue() != null && this.from.getValue().isAfter(today)) ? this.from.getValue() : today;
		LocalDate start = (this.from.getValue() != null) ? this.from.getValue() : end.minusDays(365);
		if (start.isBefore(end.minusDays(OrderStats.MAX_DAYS - 1))) {
			start = end.minusDays(OrderStats.MAX_DAYS - 1);
		}
		return Optional.of(new Counted(start, end));
	}

	/** The business days the status counts cover, both ends included. */
	record Counted(LocalDate from, LocalDate to) {
	}

	/**
	 * Asks orders for the counts of the period the dates now select, without holding up
	 * the list; an answer for dates changed since is dropped.
	 */
	private void countsChanged() {
		if (this.address.reading()) {
			// beforeEnter asks once, for all the filters the address set.
			return;
		}
		if (this.counting != null) {
			this.counting.dispose();
		}
		Optional<Counted> period = countedPeriod();
		if (period.isEmpty()) {
			this.statuses.showCounts(Map.of(), "");
			return;
		}
		LocalDate start = period.get().from();
		LocalDate end = period.get().to();
		// Counts that cannot be had are left out quietly: the list says what is wrong.
		this.counting = Async.load(this.orders.stats(start, end).onErrorComplete(),
				(stats) -> this.statuses.showCounts(stats.countsByStatus(),
						getTranslation("orders.counts-period", this.formats.date(start), this.formats.date(end))));
	}

	/** The filters as query parameters (statuses in the lifecycle's order). */
	QueryParameters filters() {
		return Routes.ordersFilter(this.search.getValue(), this.statuses.getSelectedItems(), this.from.getValue(),
				this.to.getValue());
	}

	/**
	 * Neither field holds text that is not a date (the field marks it), and From is not
	 * after To.
	 */
	boolean rangeMakesSense() {
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		boolean ordered = start == null || end == null || !start.isAfter(end);
		return ordered && !(start == null && this.from.isInvalid()) && !(end == null && this.to.isInvalid());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("orders.title");
	}

	/**
	 * A date field that checks itself again when the other end of the range moves: a
	 * bound set later does not, so "From is after To" would stay after To was fixed.
	 */
	static final class DateField extends DatePicker {

		void recheck() {
			validate();
		}

	}

}
