package com.example.shop.ui.order;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.example.shop.bff.Roles;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.OrderPage;
import com.example.shop.bff.order.SagaState;
import com.example.shop.ui.base.CsvExport;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Pages;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.StatusBadges;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Orders whose placement or cancellation is unfinished, for an admin: what is left, who
 * finishes it (the reconciler, or a person, and why), how often the reconciler tried and
 * when it tries next. Opening a row shows the order with its pending steps. The list
 * downloads as CSV, as the other lists do.
 */
@Route(Routes.ORDERS_ATTENTION)
@Menu(title = "nav.attention", order = 7, icon = "vaadin:warning")
@RolesAllowed(Roles.ADMIN)
class AttentionView extends VerticalLayout implements HasDynamicTitle {

	final Grid<Order> grid = new Grid<>(Order.class, false);

	/**
	 * The list as CSV: the grid's columns, the next attempt as the business zone's local
	 * time.
	 */
	final CsvExport<Order> export;

	AttentionView(OrderDeskService orders, Formats formats) {
		setSizeFull();
		// What is left and who finishes it wrap; numbers, states and times keep their
		// width.
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(Order::number).setHeader(getTranslation("orders.number")).setAutoWidth(true).setFlexGrow(0);
		StatusBadges.orderColumn(this.grid, Order::status)
			.setHeader(getTranslation("orders.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((o) -> steps(o.saga())).setHeader(getTranslation("attention.steps")).setFlexGrow(1);
		this.grid.addColumn(this::who).setHeader(getTranslation("attention.who")).setFlexGrow(2);
		this.grid.addColumn((o) -> (o.saga() != null) ? formats.number(o.saga().attempts()) : "")
			.setHeader(getTranslation("attention.attempts"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid
			.addColumn((o) -> (o.saga() != null && o.saga().nextAttemptAt() != null)
					? formats.dateTime(o.saga().nextAttemptAt()) : "")
			.setHeader(getTranslation("attention.next"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.setPageSize(Pages.SIZE);
		this.grid.setItems((query) -> {
			// At most a grid page per call, whoever asks (a test may ask for everything).
			int size = Math.min(query.getPageSize(), Pages.SIZE);
			return Pages.fetch(orders.needingAttention(query.getOffset() / size, size), OrderPage::items)
				.limit(query.getLimit());
		});
		Routes.openRows(this.grid, (item) -> Routes.order(item.id()));
		this.grid.setAriaLabel(getTranslation("attention.title"));
		this.grid.setEmptyStateText(getTranslation("attention.none"));
		this.export = CsvExport.<Order>of("attention", List.of(
				new CsvExport.Column<>(getTranslation("orders.number"), Order::number),
				new CsvExport.Column<>(getTranslation("orders.status"), (o) -> StatusBadges.label(this, o.status())),
				new CsvExport.Column<>(getTranslation("attention.steps"), (o) -> steps(o.saga())),
				new CsvExport.Column<>(getTranslation("attention.who"), this::who),
				new CsvExport.Column<>(getTranslation("attention.attempts"),
						(o) -> (o.saga() != null) ? o.saga().attempts() : null),
				new CsvExport.Column<>(getTranslation("attention.next"),
						(o) -> (o.saga() != null && o.saga().nextAttemptAt() != null)
								? o.saga().nextAttemptAt().atZone(formats.zone()).toLocalDateTime().toString() : null)),
				(page, size) -> orders.needingAttention(page, size)
					.map((found) -> new CsvExport.Slice<>(found.items(), found.total())),
				() -> LocalDate.now(formats.zone()));
		add(new H2(getTranslation("attention.title")), new Paragraph(getTranslation("attention.intro")),
				this.export.link(getTranslation("export.csv")), this.grid);
	}

	/** Who finishes the order: the person its saga names, or the reconciler. */
	private String who(Order order) {
		return (order.saga() != null && order.saga().attention() != null) ? order.saga().attention()
				: getTranslation("attention.reconciler");
	}

	private String steps(SagaState saga) {
		if (saga == null) {
			return "";
		}
		return saga.pendingSteps()
			.stream()
			.map((step) -> getTranslation("order.step." + step.name()))
			.collect(Collectors.joining(", "));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("attention.title");
	}

}
