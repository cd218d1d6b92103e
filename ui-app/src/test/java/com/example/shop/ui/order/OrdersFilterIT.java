package com.example.shop.ui.order;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Pages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders list's date filter says in words what is wrong with a range. */
@SignedIn(value = "sales", roles = "SALES")
class OrdersFilterIT extends UiIntegrationTest {

	@Test
	void theExportHoldsTheOrdersTheFiltersSelectAndNothingForARangeThatMakesNoSense() throws Exception {
		Order placed = placeOne().order();
		OrdersView view = navigate(OrdersView.class);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
		view.statuses.setValue(java.util.Set.of(OrderStatus.PLACED));
		view.from.setValue(today);
		view.to.setValue(today);

		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(view.export.file().text())).getRecords();

		assertThat(rows.getFirst().values()).containsExactly("Number", "Customer", "Status", "Total", "Currency",
				"Placed");
		assertThat(rows.subList(1, rows.size())).extracting((r) -> r.get(0)).contains(placed.number());
		assertThat(rows.subList(1, rows.size())).extracting((r) -> r.get(2)).containsOnly("Placed");
		view.from.setValue(today.plusDays(1));
		assertThat(CSVFormat.RFC4180.parse(new StringReader(view.export.file().text())).getRecords()).hasSize(1);
	}

	@Test
	void fromAfterToIsMarkedUnderTheFieldsAndTheListAsksNothing() {
		placeOne();
		OrdersView view = navigate(OrdersView.class);
		awaitScreen(() -> !firstPage(view).isEmpty());
		LocalDate today = LocalDate.now();

		view.to.setValue(today.minusDays(1));
		view.from.setValue(today);

		assertThat(view.rangeMakesSense()).isFalse();
		assertThat(view.from.isInvalid()).as("From is after To").isTrue();
		assertThat(view.from.getI18n().getMaxErrorMessage()).isEqualTo("From must be on or before To.");
		assertThat(view.to.getI18n().getMinErrorMessage()).isEqualTo("To must be on or after From.");
		assertThat(view.from.getI18n().getBadInputErrorMessage())
			.as("the example is written as the picker reads dates in English")
			.matches("Enter a date such as \\d{1,2}/\\d{1,2}/\\d{4}, or pick one\\.");
		assertThat(firstPage(view)).as("nothing asked of orders, which would refuse the range").isEmpty();
		assertThat($(Notification.class).all()).as("no toast").isEmpty();
		assertThat(view.grid.getEmptyStateComponent()).isSameAs(view.empty);
		assertThat(view.empty.getText()).as("an empty list says what to do next")
			.isEqualTo("No orders match these filters. Widen the dates or statuses, or place a new order.");

		view.to.clear();

		assertThat(view.rangeMakesSense()).isTrue();
		assertThat(view.from.isInvalid()).as("From checked again once To moved").isFalse();
		assertThat(firstPage(view)).isNotEmpty();
	}

	@Test
	void theSearchFindsAnOrderByItsNumberHoweverTypedOrTheWordsOfItsCustomersNameAndKeepsItInTheAddress() {
		Order placed = placeOne().order();
		placeOne();
		String[] words = placed.customerName().split(" ");
		UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of("q", "ord-" + placed.number().substring(4))));
		OrdersView view = (OrdersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

		assertThat(firstPage(view)).extracting(OrderRow::id).containsExactly(placed.id());

		view.search.setValue(words[words.length - 1].toUpperCase() + " customer");

		assertThat(firstPage(view)).extracting(OrderRow::id).containsExactly(placed.id());
		assertThat(view.filters().getParameters())
			.containsOnly(Map.entry("q", List.of(words[words.length - 1].toUpperCase() + " customer")));
	}

	@Test
	void theEmptyStatesButtonClearsEveryFilter() {
		placeOne();
		LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1);
		UI.getCurrent()
			.navigate("orders", QueryParameters.simple(Map.of("q", "zebra", "status", "CANCELLED", "from",
					tomorrow.toString(), "to", tomorrow.toString())));
		OrdersView view = (OrdersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
		assertThat(firstPage(view)).isEmpty();

		test($(Button.class, view.empty).single()).click();

		assertThat(view.filters().getParameters()).isEmpty();
		assertThat(view.search.getValue()).isEmpty();
		assertThat(view.statuses.getSelectedItems()).isEmpty();
		assertThat(view.from.getValue()).isNull();
		assertThat(view.to.getValue()).isNull();
		assertThat(firstPage(view)).isNotEmpty();
	}

	@Test
	void theFiltersLiveInTheAddressSoAReloadOrALinkKeepsThem() {
		UI.getCurrent()
			.navigate("orders", QueryParameters
				.simple(Map.of("status", "CONFIRMED,PLACED,NOPE", "from", "2026-11-01", "to", "not-a-date")));
		OrdersView view = (OrdersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

		assertThat(view.statuses.getSelectedItems()).containsExactlyInAnyOrder(OrderStatus.PLACED,
				OrderStatus.CONFIRMED);
		assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(view.to.getValue()).as("what does not parse is left out").isNull();

		view.to.setValue(LocalDate.of(2026, 11, 30));

		assertThat(view.filters().getParameters()).containsOnly(Map.entry("status", List.of("PLACED,CONFIRMED")),
				Map.entry("from", List.of("2026-11-01")), Map.entry("to", List.of("2026-11-30")));
	}

	/** The grid's first page, as the grid asks its lazy data provider for it. */
	@SuppressWarnings("unchecked")
	private static List<OrderRow> firstPage(OrdersView view) {
		return ((DataProvider<OrderRow, Object>) view.grid.getDataProvider())
			.fetch(new Query<>(0, Pages.SIZE, List.of(), null, null))
			.toList();
	}

}
