package com.example.shop.ui.billing;

import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's status is a badge in the tone of its meaning, with its word, in the
 * customers list and on the customer's overview, and the overview's recent orders show
 * theirs as the orders list does.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class CustomerStatusBadgesIT extends CustomerOverviewTest {

	private static final String ACTIVE_TONE = "active is in good standing: green";

	@Test
	void theCustomersListShowsTheStatusAsABadgeInItsToneWithItsWord() {
		Placement.Placed placed = placeOne();
		CustomersView view = navigate(CustomersView.class);
		view.search.setValue(placed.order().customerName());

		Customer row = rowsShown(view.grid).getFirst();
		badge(view.grid, "status", row).assertShows("Active", "ACTIVE", ACTIVE_TONE, "badge", "success");
		Customer suspended = new Customer(row.id(), row.name(), row.email(), row.currency(), row.creditLimit(),
				row.paymentTermsDays(), CustomerStatus.SUSPENDED, row.createdAt(), row.updatedAt(), row.version());
		assertThat(badge(view.grid, "status", suspended).themes()).as("suspended needs attention: red")
			.containsExactlyInAnyOrder("badge", "error");
		assertThat(badge(view.grid, "status", suspended).text()).isEqualTo("Suspended");
	}

	@Test
	void theOverviewShowsTheAccountsAndTheRecentOrdersStatusesAsBadges() {
		Placement.Placed placed = placeOne();

		open(Routes.customer(placed.order().customerId()));
		awaitScreen(() -> $(Span.class).withId("customer-status").exists() && !recentOrders().isEmpty());

		badgeShown("customer-status").assertShows("Active", "ACTIVE", ACTIVE_TONE, "badge", "success");
		Grid<Order> orders = recentOrders().getFirst();
		badge(orders, "status", placed.order()).assertShows("Placed", "PLACED", "placed waits for someone: grey",
				"badge", "contrast");
	}

}
