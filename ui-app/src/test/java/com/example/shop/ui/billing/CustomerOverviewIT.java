package com.example.shop.ui.billing;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.Placement;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer overview reaches the order and invoice views by their addresses, and only
 * where the user's role may open them.
 */
class CustomerOverviewIT extends UiIntegrationTest {

	@Test
	@WithMockUser(username = "sales", roles = "SALES")
	void aSalesUserOpensAnOrderFromTheCustomersRecentOrders() {
		Placement.Placed placed = placeOne();
		Order order = placed.order();

		open(Routes.customer(order.customerId()));
		awaitScreen(() -> !recentOrders().isEmpty());
		test(recentOrders().getFirst()).clickRow(0);

		assertThat(location()).isEqualTo(Routes.order(order.id()));
	}

	@Test
	@WithMockUser(username = "billing", roles = "BILLING")
	void aBillingUserOpensTheInvoiceButNotTheOrder() {
		UUID customer = this.data.customer("1000000.00");
		UUID orderId = this.data.reserveAndCreateOrder(customer, this.data.product("100.00", 10), 1);
		Invoice invoice = this.placing.issueInvoice(orderId).block();
		String overview = Routes.customer(customer);

		open(overview);
		awaitScreen(() -> !recentOrders().isEmpty() && !$(InvoiceGrid.class).all().isEmpty());
		test(recentOrders().getFirst()).clickRow(0);
		String afterOrderClick = location();
		test($(InvoiceGrid.class).single()).clickRow(0);

		assertThat(afterOrderClick).isEqualTo(overview);
		assertThat(location()).isEqualTo(Routes.invoice(invoice.id()));
	}

	@SuppressWarnings("unchecked")
	private List<Grid<Order>> recentOrders() {
		return $(Grid.class).all()
			.stream()
			.filter((grid) -> !(grid instanceof InvoiceGrid))
			.map((grid) -> (Grid<Order>) grid)
			.toList();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
	}

}
