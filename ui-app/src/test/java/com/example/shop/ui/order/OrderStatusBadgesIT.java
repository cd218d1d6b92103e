package com.example.shop.ui.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderQuery;
import com.example.shop.bff.order.OrderStats;
import com.example.shop.bff.order.OrderStatus;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.support.BusinessSettings;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's status is a badge in the tone of its meaning, with its word, in the list and
 * on the order's page; the status filter shows how many orders of the list's dates are in
 * each status. The admins' list of orders that need attention shows the badge too.
 */
@SignedIn(value = "sales", roles = "SALES")
class OrderStatusBadgesIT extends UiIntegrationTest {

	private static final String PLACED_TONE = "placed waits for someone: grey";

	@Autowired
	BusinessSettings settings;

	@Test
	void theListAndTheOrdersPageShowTheStatusAsABadgeInItsToneWithItsWord() {
		Placement.Placed placed = placeOne();
		OrdersView view = navigate(OrdersView.class);

		OrderRow row = firstPage(view).stream()
			.filter((o) -> o.id().equals(placed.order().id()))
			.findFirst()
			.orElseThrow();
		statusCell(view, row).assertShows("Placed", "PLACED", PLACED_TONE, "badge", "contrast");

		open(Routes.order(placed.order().id()));
		badgeShown("order-status").assertShows("Placed", "PLACED", PLACED_TONE, "badge", "contrast");
	}

	@Test
	void theStatusFilterShowsEachStatusWithItsCountOverTheListsDates() {
		placeOne();
		LocalDate today = LocalDate.now(this.settings.businessZone());
		UI.getCurrent()
			.navigate(Routes.ORDERS, QueryParameters.simple(Map.of("from", today.toString(), "to", today.toString())));
		OrdersView view = (OrdersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
		awaitScreen(() -> view.statuses.getItemLabelGenerator().apply(OrderStatus.PLACED).contains("("));

		OrderStats stats = ServiceIdentity.runAsService(this.ordersBackend.stats(today, today)).block();
		long placed = stats.countsByStatus().get(OrderStatus.PLACED);
		assertThat(placed).isPositive();
		assertThat(view.statuses.getItemLabelGenerator().apply(OrderStatus.PLACED))
			.isEqualTo("Placed (" + placed + ")");
		assertThat(view.statuses.getItemLabelGenerator().apply(OrderStatus.DELIVERED))
			.isEqualTo("Delivered (" + stats.countsByStatus().get(OrderStatus.DELIVERED) + ")");
		assertThat(view.statuses.getHelperText()).as("the counts say which days they cover")
			.startsWith("Counts: orders placed ");
		assertThat(ServiceIdentity
			.runAsService(this.ordersBackend
				.list(new OrderQuery(List.of(OrderStatus.PLACED), null, today, today, 0, 1, List.of())))
			.block()
			.total()).as("the count is what the list finds for that status and those dates").isEqualTo(placed);

		view.from.setValue(today.plusDays(1));
		view.to.setValue(today.plusDays(1));
		awaitScreen(() -> view.statuses.getItemLabelGenerator().apply(OrderStatus.PLACED).equals("Placed (0)"));
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void theAttentionListShowsTheStatusAsABadgeInItsToneWithItsWord() {
		UUID unfinished = this.data.unfinishedOrder();
		AttentionView view = navigate(AttentionView.class);
		awaitScreen(() -> attention(view).stream().anyMatch((o) -> o.id().equals(unfinished)));

		Order shown = attention(view).stream().filter((o) -> o.id().equals(unfinished)).findFirst().orElseThrow();
		badge(view.grid, "status", shown).assertShows("Placed", "PLACED", PLACED_TONE, "badge", "contrast");
	}

	private List<Order> attention(AttentionView view) {
		var grid = test(view.grid);
		return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
	}

	private static ShownBadge statusCell(OrdersView view, OrderRow order) {
		return badge(view.grid, "status", order);
	}

	private static List<OrderRow> firstPage(OrdersView view) {
		return rowsShown(view.grid);
	}

}
