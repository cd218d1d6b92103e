package com.example.shop.ui.billing;

import java.util.List;

import com.example.shop.bff.order.Order;
import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.grid.Grid;

/**
 * Base of the tests that look at a customer's overview, which shows the customer's recent
 * orders and invoices each in a grid of its own.
 */
abstract class CustomerOverviewTest extends UiIntegrationTest {

	/** The overview's grids of recent orders (none until they have arrived). */
	@SuppressWarnings("unchecked")
	List<Grid<Order>> recentOrders() {
		return $(Grid.class).all()
			.stream()
			.filter((grid) -> !(grid instanceof InvoiceGrid))
			.map((grid) -> (Grid<Order>) grid)
			.toList();
	}

}
