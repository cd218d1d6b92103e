package com.example.shop.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.dashboard.Dashboard;
import com.example.shop.bff.dashboard.DashboardService;
import com.example.shop.bff.order.OrderStats;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Key figures and four charts. Each panel renders from its own part of the BFF's
 * dashboard, so a backend that is down blanks only its panel.
 */
@Route(Routes.DASHBOARD)
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class DashboardView extends VerticalLayout implements HasDynamicTitle {

	private final Formats formats;

	private final Div figures = new Div();

	private final Div panels = new Div();

	private final ProgressBar progress = new ProgressBar();

	DashboardView(DashboardService dashboard, Formats formats) {
		this.formats = formats;
		addClassName("dashboard");
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		this.figures.addClassName("figures");
		this.panels.addClassName("panels");
		add(new H2(getTranslation("dashboard.title")), this.progress, this.figures, this.panels);
		Async.load(dashboard.dashboard(), this::show, () -> this.progress.setVisible(false));
	}

	void show(Dashboard dashboard) {
		this.figures.removeAll();
		this.panels.removeAll();
		this.panels.add(panel("revenue", getTranslation("dashboard.revenue"), dashboard.orders(), this::revenue),
				panel("status", getTranslation("dashboard.status"), dashboard.orders(), this::statuses),
				panel("ageing", getTranslation("dashboard.ageing"), dashboard.receivables(), this::ageing),
				panel("low-stock", getTranslation("dashboard.low-stock"), dashboard.lowStock(), this::lowStock));
		if (dashboard.orders() instanceof Part.Available<OrderStats> orders) {
			this.figures.add(figure(getTranslation("dashboard.total-revenue"), this.formats
				.money(orders.value().totalRevenue().amount(), orders.value().totalRevenue().currency())));
		}
		if (dashboard.receivables() instanceof Part.Available<ReceivablesSummary> receivables) {
			var r = receivables.value();
			this.figures.add(figure(getTranslation("dashboard.outstanding"), this.formats.money(r.outstanding())),
					figure(getTranslation("dashboard.overdue"), this.formats.money(r.overdue())));
		}
	}

	private Component figure(String label, String value) {
		Div figure = new Div(new Span(label), new Span(value));
		figure.addClassName("figure");
		return figure;
	}

	private <T> Component panel(String id, String title, Part<T> part,
			java.util.function.Function<T, Component> render) {
		Div panel = new Div(new H3(title));
		panel.setId("panel-" + id);
		panel.addClassName("panel");
		panel.add(switch (part) {
			case Part.Available<T> available -> render.apply(available.value());
			case Part.Unavailable<T> unavailable -> new Unavailable(unavailable);
		});
		return panel;
	}

	private Component revenue(OrderStats stats) {
		List<SvgCharts.Bar> bars = stats.revenuePerDay()
			.stream()
			.map((day) -> new SvgCharts.Bar(this.formats.shortDate(day.day()),
					new BigDecimal(day.revenue().amount()).doubleValue(), this.formats.money(day.revenue())))
			.toList();
		return new Svg(SvgCharts.columns(getTranslation("dashboard.revenue"), bars));
	}

	private Component statuses(OrderStats stats) {
		List<SvgCharts.Bar> bars = java.util.Arrays.stream(OrderStatus.values()).map((status) -> {
			long count = stats.countsByStatus().getOrDefault(status, 0L);
			String tone = switch (status) {
				case DELIVERED -> "success";
				case CANCELLED, CANCELLING -> "muted";
				default -> "primary";
			};
			return new SvgCharts.Bar(getTranslation("order.status." + status.name()), count, this.formats.number(count),
					tone);
		}).toList();
		return new Svg(SvgCharts.rows(getTranslation("dashboard.status"), bars));
	}

	private Component ageing(ReceivablesSummary summary) {
		List<SvgCharts.Bar> bars = summary.ageing()
			.stream()
			.map((bucket) -> new SvgCharts.Bar(getTranslation("ageing." + bucket.bucket().name()),
					new BigDecimal(bucket.amount().amount()).doubleValue(), this.formats.money(bucket.amount()),
					// The longer overdue, the louder: current is fine, past 60 days is
					// trouble.
					(bucket.fromDaysOverdue() <= 0) ? "success"
							: (bucket.fromDaysOverdue() <= 60) ? "warning" : "error"))
			.toList();
		return new Svg(SvgCharts.rows(getTranslation("dashboard.ageing"), bars));
	}

	private Component lowStock(ProductPage page) {
		if (page.items().isEmpty()) {
			return new Span(getTranslation("dashboard.no-low-stock"));
		}
		List<SvgCharts.Bar> bars = page.items()
			.stream()
			.map((p) -> new SvgCharts.Bar(p.name(), p.stockOnHand(), this.formats.number(p.stockOnHand()),
					(p.stockOnHand() == 0) ? "error" : "warning"))
			.toList();
		// On the scale of the threshold: one unit left is a short bar, not a full one.
		return new Svg(
				SvgCharts.rows(getTranslation("dashboard.low-stock"), bars, DashboardService.LOW_STOCK_THRESHOLD));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title");
	}

}
