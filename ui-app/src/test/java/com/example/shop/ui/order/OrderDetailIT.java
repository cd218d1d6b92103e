package com.example.shop.ui.order;

import java.util.List;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderAction;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "sales", roles = "SALES")
class OrderDetailIT extends UiIntegrationTest {

	private static final List<String> ACTIONS = List.of("Confirm", "Ship", "Deliver", "Cancel order");

	@Autowired
	OrderDeskService desk;

	@Test
	void theViewOffersExactlyTheActionsOrdersAllowsNow() {
		Order placed = placeOne().order();
		Order confirmed = this.desk.act(placed.id(), OrderAction.CONFIRM, placed.version()).block();
		Order shipped = this.desk.act(confirmed.id(), OrderAction.SHIP, confirmed.version()).block();
		Order other = placeOne().order();

		navigate(OrderDetailView.class, shipped.id().toString());
		awaitScreen(() -> status().contains("Shipped"));
		List<String> whileShipped = actions();
		navigate(OrderDetailView.class, other.id().toString());
		awaitScreen(() -> status().contains("Placed"));

		assertThat(whileShipped).containsExactly("Deliver");
		assertThat(actions()).containsExactly("Confirm", "Cancel order");
	}

	@Test
	void anUnfinishedPlacementShowsItsPendingStepsAndWhoFinishesThem() {
		java.util.UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product("100.00", 10);
		java.util.UUID orderId = this.data.reserveAndCreateOrder(customer, sku, 1);

		navigate(OrderDetailView.class, orderId.toString());
		awaitScreen(() -> !$(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).all()
			.stream()
			.filter((row) -> row.hasClassName("pending-step"))
			.toList()
			.isEmpty());

		var rows = $(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).all()
			.stream()
			.filter((row) -> row.hasClassName("pending-step"))
			.toList();
		assertThat(rows).extracting((row) -> row.getElement().getAttribute("data-step"))
			.containsExactly("CONFIRM_STOCK", "ISSUE_INVOICE");
		assertThat(rows).extracting((row) -> row.getElement().getAttribute("data-finished-by"))
			.containsOnly("RECONCILER");
		assertThat($(Span.class).all().stream().map(Span::getText))
			.contains("The reconciler finishes this on its own within minutes.");
		assertThat(actions()).as("a placed order can still be cancelled").contains("Cancel order");
	}

	private String status() {
		return $(Span.class).withId("order-status").all().stream().map(Span::getText).findFirst().orElse("");
	}

	private List<String> actions() {
		return $(Button.class).all().stream().map(Button::getText).filter(ACTIONS::contains).toList();
	}

}
