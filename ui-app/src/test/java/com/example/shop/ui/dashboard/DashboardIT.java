package com.example.shop.ui.dashboard;

import java.time.LocalDate;
import java.util.Map;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.dashboard.Dashboard;
import com.example.shop.bff.dashboard.DashboardPeriod;
import com.example.shop.bff.order.OrderStats;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.support.BusinessSettings;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.order.OrdersViewRows;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "sales", roles = "SALES")
class DashboardIT extends UiIntegrationTest {

	@Autowired
	BusinessSettings settings;

	@Autowired
	Formats formats;

	@Test
	void everyPanelDrawsItsChart() {
		this.data.product("10.00", 1);
		reopen();

		navigate(DashboardView.class);
		awaitScreen(() -> panel("revenue") != null);

		assertThat($(Svg.class, panel("revenue")).all()).hasSize(1);
		assertThat($(Svg.class, panel("status")).all()).hasSize(1);
		assertThat($(Svg.class, panel("ageing")).all()).hasSize(1);
		assertThat($(Svg.class, panel("low-stock")).all()).hasSize(1);
		assertThat($(Unavailable.class).all()).isEmpty();
	}

	@Test
	void withBillingDownOnlyTheReceivablesPanelSaysUnavailable() {
		this.backends.billing.refuse();
		reopen();

		navigate(DashboardView.class);
		awaitScreen(() -> panel("ageing") != null);

		assertThat($(Unavailable.class, panel("ageing")).single().getText()).contains("billing");
		assertThat($(Svg.class, panel("revenue")).all()).hasSize(1);
		assertThat($(Svg.class, panel("status")).all()).hasSize(1);
		assertThat($(Unavailable.class, panel("revenue")).all()).isEmpty();
	}

	@Test
	void eachBarLinksToTheListOfWhatItCountsAndOpeningItShowsOnlyThoseRows() {
		Placement.Placed placed = placeOne();
		this.data.product("10.00", 0);
		reopen();
		LocalDate today = LocalDate.now(this.settings.businessZone());
		String from = today.minusDays(29).toString();

		navigate(DashboardView.class);
		awaitScreen(() -> panel("status") != null);

		assertThat(chart("status")).as("a real link, named for screen readers")
			.contains("<a class=\"bar-link\" href=\"orders?status=PLACED&amp;from=" + from + "&amp;to=" + today
					+ "\" aria-label=\"Placed: ");
		assertThat(chart("revenue")).contains("href=\"orders?from=" + today + "&amp;to=" + today + "\"");
		assertThat(chart("low-stock")).contains("href=\"catalog?sku=");
		assertThat(chart("ageing")).contains("href=\"invoices?ageing=CURRENT\"")
			.contains("href=\"invoices?ageing=DAYS_OVER_90\"");
		assertThat(links(chart("low-stock"))).as("every low-stock bar is a link")
			.isEqualTo(chart("low-stock").split("<rect class=\"bar ", -1).length - 1);

		HasElement target = open("orders?status=PLACED&from=" + from + "&to=" + today);

		OrdersViewRows rows = new OrdersViewRows(target);
		assertThat(rows.statuses()).containsOnly(OrderStatus.PLACED);
		assertThat(rows.ids()).contains(placed.order().id());
	}

	@Test
	void thePeriodInTheAddressSetsTheFiguresAndTheyCompareWithThePeriodBefore() {
		placeOne();
		LocalDate today = LocalDate.now(this.settings.businessZone());
		LocalDate tomorrow = today.plusDays(1);

		UI.getCurrent()
			.navigate("", QueryParameters.simple(Map.of("from", tomorrow.toString(), "to", tomorrow.toString())));
		DashboardView view = (DashboardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
		awaitScreen(() -> new DashboardPeriod(tomorrow, tomorrow).equals(view.shown));

		assertThat(figureValue("orders")).as("nothing is placed tomorrow").isEqualTo("0");
		assertThat(figureChange("orders")).as("today had orders: all of them gone")
			.isEqualTo("-100% vs " + this.formats.date(today));
		assertThat(figureChange("revenue")).isEqualTo("-100% vs " + this.formats.date(today));

		UI.getCurrent().navigate("", QueryParameters.simple(Map.of("from", today.toString(), "to", today.toString())));
		awaitScreen(() -> new DashboardPeriod(today, today).equals(view.shown));

		OrderStats stats = ServiceIdentity.runAsService(this.ordersBackend.stats(today, today)).block();
		assertThat(figureValue("orders")).isEqualTo(this.formats.number(Dashboard.ordersPlaced(stats)));
		assertThat(figureValue("revenue")).isEqualTo(this.formats.money(stats.totalRevenue()));
		assertThat(view.from.getValue()).isEqualTo(today);
		assertThat(view.to.getValue()).isEqualTo(today);
	}

	@Test
	void aPeriodTheOrdersCannotCountIsSaidUnderTheDatesAndNoFiguresStand() {
		LocalDate today = LocalDate.now(this.settings.businessZone());
		UI.getCurrent()
			.navigate("", QueryParameters
				.simple(Map.of("from", today.minusDays(DashboardPeriod.MAX_DAYS).toString(), "to", today.toString())));
		DashboardView view = (DashboardView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

		assertThat(view.fields.problem.getText()).isEqualTo("A period covers at most 366 days. Pick a shorter one.");
		assertThat(view.fields.problem.isVisible()).isTrue();
		assertThat(view.period).as("nothing asked").isNull();
		assertThat(panel("revenue")).isNull();

		view.from.setValue(today.plusDays(1));
		assertThat(view.fields.problem.getText()).isEqualTo("From must not be after To.");
		assertThat(view.period).isNull();

		view.from.setValue(today.minusDays(6));
		awaitScreen(() -> new DashboardPeriod(today.minusDays(6), today).equals(view.shown));
		assertThat(view.fields.problem.isVisible()).isFalse();
		assertThat(panel("revenue")).isNotNull();
	}

	private String chart(String panel) {
		return $(Svg.class, panel(panel)).single().getElement().getProperty("innerHTML");
	}

	private static int links(String svg) {
		return svg.split("<a class=\"bar-link\"", -1).length - 1;
	}

	private Div figure(String id) {
		return $(Div.class).withId("figure-" + id).all().stream().findFirst().orElse(null);
	}

	private String figureValue(String id) {
		return $(Span.class, figure(id)).all().get(1).getText();
	}

	private String figureChange(String id) {
		return $(Span.class, figure(id)).all()
			.stream()
			.filter((span) -> span.hasClassName("figure-change"))
			.findFirst()
			.map(Span::getText)
			.orElse(null);
	}

	private Div panel(String id) {
		return $(Div.class).withId("panel-" + id).all().stream().findFirst().orElse(null);
	}

}
