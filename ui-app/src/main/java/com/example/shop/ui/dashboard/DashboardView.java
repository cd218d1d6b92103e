package com.example.shop.ui.dashboard;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.dashboard.Dashboard;
import com.example.shop.bff.dashboard.DashboardPeriod;
import com.example.shop.bff.dashboard.DashboardService;
import com.example.shop.bff.order.OrderStats;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.ui.base.Async;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.PeriodFields;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.SvgCharts;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import reactor.core.Disposable;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Key figures and four charts. Each panel renders from its own part of the BFF's
 * dashboard, so a backend that is down blanks only its panel. The order figures cover a
 * period of business days kept in the address ({@code /?from=2026-11-01&to=2026-11-30};
 * the last 30 days without one), and the key figures compare it with the period of equal
 * length just before. Every bar is a link to the list of what it counts.
 */
@Route(Routes.DASHBOARD)
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({ Roles.SALES, Roles.BILLING, Roles.ADMIN })
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final DashboardService dashboards;

	private final Formats formats;

	final PeriodFields fields;

	final DatePicker from;

	final DatePicker to;

	private final Div figures = new Div();

	private final Div panels = new Div();

	private final ProgressBar progress = new ProgressBar();

	/** The period asked for (shown, or being loaded). */
	DashboardPeriod period;

	/** The period whose figures are on the screen, {@code null} before the first. */
	DashboardPeriod shown;

	private Disposable loading;

	DashboardView(DashboardService dashboards, Formats formats) {
		this.dashboards = dashboards;
		this.formats = formats;
		addClassName("dashboard");
		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("common.loading"));
		this.figures.addClassName("figures");
		this.panels.addClassName("panels");
		// Orders count at most a year of days; a longer period is said, not asked for.
		this.fields = new PeriodFields(getTranslation("dashboard.period-from"), getTranslation("dashboard.period-to"),
				DashboardPeriod.MAX_DAYS, "dashboard-period-problem", formats);
		this.from = this.fields.from;
		this.to = this.fields.to;
		this.fields.onChange((chosen) -> chosen.map(DashboardView::period).ifPresentOrElse((p) -> {
			if (!p.equals(this.period)) {
				chosen(p);
			}
		}, this::clear));
		HorizontalLayout period = new HorizontalLayout(this.from, this.to);
		period.setAlignItems(FlexComponent.Alignment.BASELINE);
		period.setWrap(true);
		add(new H2(getTranslation("dashboard.title")), period, this.fields.problem, this.progress, this.figures,
				this.panels);
	}

	/**
	 * Takes the period from the address, the last 30 days without one; a wrong one is
	 * said under the dates, and nothing is asked.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		DashboardPeriod otherwise = this.dashboards.defaultPeriod();
		this.fields
			.restore(event.getLocation().getQueryParameters().getParameters(),
					new PeriodFields.Days(otherwise.from(), otherwise.to()))
			.map(DashboardView::period)
			.ifPresentOrElse(this::load, this::clear);
	}

	/** No figures for a wrong period: what the fields say under them is all there is. */
	private void clear() {
		if (this.loading != null) {
			this.loading.dispose();
		}
		this.period = null;
		this.shown = null;
		this.progress.setVisible(false);
		this.figures.removeAll();
		this.panels.removeAll();
	}

	/** The user picked another sound period: its figures, and the address says it. */
	private void chosen(DashboardPeriod period) {
		load(period);
		getUI().ifPresent((ui) -> ui.getPage()
			.getHistory()
			.replaceState(null, new Location(Routes.DASHBOARD, new QueryParameters(this.fields.parameters()))));
	}

	private void load(DashboardPeriod period) {
		this.period = period;
		if (this.loading != null) {
			this.loading.dispose();
		}
		this.progress.setVisible(true);
		this.loading = Async.load(this.dashboards.dashboard(period), this::show, () -> this.progress.setVisible(false));
	}

	void show(Dashboard dashboard) {
		this.shown = new DashboardPeriod(dashboard.from(), dashboard.to());
		this.figures.removeAll();
		this.panels.removeAll();
		this.panels.add(panel("revenue", getTranslation("dashboard.revenue"), dashboard.orders(), this::revenue),
				panel("status", getTranslation("dashboard.status"), dashboard.orders(), this::statuses),
				panel("ageing", getTranslation("dashboard.ageing"), dashboard.receivables(), this::ageing),
				panel("low-stock", getTranslation("dashboard.low-stock"), dashboard.lowStock(), this::lowStock));
		if (dashboard.orders() instanceof Part.Available<OrderStats> orders) {
			OrderStats now = orders.value();
			OrderStats before = (dashboard.previous() instanceof Part.Available<OrderStats> previous) ? previous.value()
					: null;
			this.figures.add(
					figure("revenue", getTranslation("dashboard.total-revenue"), this.formats.money(now.totalRevenue()),
							(before != null) ? change(new BigDecimal(now.totalRevenue().amount()),
									new BigDecimal(before.totalRevenue().amount())) : null),
					figure("orders", getTranslation("dashboard.orders-placed"),
							this.formats.number(Dashboard.ordersPlaced(now)),
							(before != null) ? change(BigDecimal.valueOf(Dashboard.ordersPlaced(now)),
									BigDecimal.valueOf(Dashboard.ordersPlaced(before))) : null));
		}
		if (dashboard.receivables() instanceof Part.Available<ReceivablesSummary> receivables) {
			var r = receivables.value();
			this.figures.add(
					figure("outstanding", getTranslation("dashboard.outstanding"), this.formats.money(r.outstanding()),
							null),
					figure("overdue", getTranslation("dashboard.overdue"), this.formats.money(r.overdue()), null));
		}
	}

	/**
	 * "+12% vs 10/25/26 – 10/31/26" (the period before, of equal length), or that there
	 * was nothing then to compare with.
	 */
	String change(BigDecimal now, BigDecimal before) {
		DashboardPeriod previous = this.shown.previous();
		String when = previous.from().equals(previous.to()) ? this.formats.date(previous.from())
				: this.formats.date(previous.from()) + " – " + this.formats.date(previous.to());
		return Dashboard.percentChange(now, before)
			.map((percent) -> getTranslation("dashboard.change", signedPercent(percent), when))
			.orElseGet(() -> getTranslation("dashboard.change-none", when));
	}

	private String signedPercent(BigDecimal percent) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getPercentInstance(getLocale());
		format.setPositivePrefix("+" + format.getPositivePrefix());
		return format.format(percent.movePointLeft(2));
	}

	private Component figure(String id, String label, String value, String change) {
		Div figure = new Div(new Span(label), new Span(value));
		figure.setId("figure-" + id);
		figure.addClassName("figure");
		if (change != null) {
			Span compared = new Span(change);
			compared.addClassName("figure-change");
			figure.add(compared);
		}
		return figure;
	}

	private <T> Component panel(String id, String title, Part<T> part, Function<T, Component> render) {
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
		List<SvgCharts.Bar> bars = stats.revenuePerDay().stream().map((day) -> {
			String date = this.formats.shortDate(day.day());
			String shown = this.formats.money(day.revenue());
			return new SvgCharts.Bar(date, new BigDecimal(day.revenue().amount()).doubleValue(), shown).linked(
					Routes.ordersHref(null, List.of(), day.day(), day.day()),
					getTranslation("dashboard.open-day", this.formats.date(day.day()), shown));
		}).toList();
		return new Svg(SvgCharts.columns(getTranslation("dashboard.revenue"), bars));
	}

	private Component statuses(OrderStats stats) {
		List<SvgCharts.Bar> bars = Arrays.stream(OrderStatus.values()).map((status) -> {
			long count = stats.countsByStatus().getOrDefault(status, 0L);
			String label = StatusBadges.label(this, status);
			String shown = this.formats.number(count);
			return new SvgCharts.Bar(label, count, shown, barTone(StatusBadges.tone(status))).linked(
					Routes.ordersHref(null, List.of(status), stats.from(), stats.to()),
					getTranslation("dashboard.open-status", label, shown));
		}).toList();
		return new Svg(SvgCharts.rows(getTranslation("dashboard.status"), bars));
	}

	/** A status badge's tone as a bar's colour: the chart and the badges agree. */
	static String barTone(String badgeTone) {
		return switch (badgeTone) {
			case "success" -> "success";
			case "error" -> "error";
			case "contrast" -> "muted";
			default -> "primary";
		};
	}

	private Component ageing(ReceivablesSummary summary) {
		List<SvgCharts.Bar> bars = summary.ageing().stream().map((bucket) -> {
			String label = getTranslation("ageing." + bucket.bucket().name());
			String shown = this.formats.money(bucket.amount());
			return new SvgCharts.Bar(label, new BigDecimal(bucket.amount().amount()).doubleValue(), shown,
					SvgCharts.ageingTone(bucket.fromDaysOverdue()))
				// The same invoices the bucket counts: billing's list filter by ageing.
				.linked(Routes.INVOICES + "?ageing=" + bucket.bucket().name(),
						getTranslation("dashboard.open-ageing", label, shown));
		}).toList();
		return new Svg(SvgCharts.rows(getTranslation("dashboard.ageing"), bars));
	}

	private Component lowStock(ProductPage page) {
		if (page.items().isEmpty()) {
			return new Span(getTranslation("dashboard.no-low-stock"));
		}
		List<SvgCharts.Bar> bars = page.items().stream().map((p) -> {
			String shown = this.formats.number(p.stockOnHand());
			return new SvgCharts.Bar(p.name(), p.stockOnHand(), shown, (p.stockOnHand() == 0) ? "error" : "warning")
				.linked(Routes.CATALOG + "?" + Routes.PRODUCT_PARAMETER + "=" + URLEncoder.encode(p.sku(), UTF_8),
						getTranslation("dashboard.open-product", p.name(), shown));
		}).toList();
		// On the scale of the threshold: one unit left is a short bar, not a full one.
		return new Svg(
				SvgCharts.rows(getTranslation("dashboard.low-stock"), bars, DashboardService.LOW_STOCK_THRESHOLD));
	}

	private static DashboardPeriod period(PeriodFields.Days days) {
		return new DashboardPeriod(days.from(), days.to());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title");
	}

}
