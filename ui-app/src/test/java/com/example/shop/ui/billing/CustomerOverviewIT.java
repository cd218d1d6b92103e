package com.example.shop.ui.billing;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer overview reaches the order and invoice views by their addresses, where the
 * user's role may open them (since the role matrix of docs/security.md, every role reads
 * orders and invoices).
 */
class CustomerOverviewIT extends UiIntegrationTest {

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void aSalesUserOpensAnOrderFromTheCustomersRecentOrders() {
		Placement.Placed placed = placeOne();
		Order order = placed.order();

		open(Routes.customer(order.customerId()));
		awaitScreen(() -> !recentOrders().isEmpty());
		test(recentOrders().getFirst()).clickRow(0);

		assertThat(location()).isEqualTo(Routes.order(order.id()));
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void aBillingUserOpensTheInvoiceAndTheOrder() {
		UUID customer = this.data.customer("1000000.00");
		UUID orderId = this.data.reserveAndCreateOrder(customer, this.data.product("100.00", 10), 1);
		// Finishing the placement is the BFF's own work here: billing may not place
		// orders.
		Invoice invoice = ServiceIdentity
			.runAsService(this.ordersBackend.get(orderId)
				.flatMap((order) -> this.billingBackend.issue(order.id(), order.customerId(), order.total())))
			.block();
		String overview = Routes.customer(customer);

		open(overview);
		awaitScreen(() -> !recentOrders().isEmpty() && !$(InvoiceGrid.class).all().isEmpty());
		test($(InvoiceGrid.class).single()).clickRow(0);
		String afterInvoiceClick = location();
		open(overview);
		awaitScreen(() -> !recentOrders().isEmpty());
		test(recentOrders().getFirst()).clickRow(0);

		assertThat(afterInvoiceClick).isEqualTo(Routes.invoice(invoice.id()));
		assertThat(location()).isEqualTo(Routes.order(orderId));
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
