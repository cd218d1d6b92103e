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

	@Test
	void theCustomersListShowsTheStatusAsABadgeInItsToneWithItsWord() {
		Placement.Placed placed = placeOne();
		CustomersView view = navigate(CustomersView.class);
		view.search.setValue(placed.order().customerName());

		Customer row = rowsShown(view.grid).getFirst();
		ShownBadge badge = badge(view.grid, "status", row);

		assertThat(badge.text()).isEqualTo("Active");
		assertThat(badge.themes()).as("active is in good standing: green")
			.containsExactlyInAnyOrder("badge", "success");
		assertThat(badge.status()).isEqualTo("ACTIVE");
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

		Span account = $(Span.class).withId("customer-status").single();
		assertThat(account.getText()).isEqualTo("Active");
		assertThat(account.getElement().getThemeList()).containsExactlyInAnyOrder("badge", "success");
		assertThat(account.getElement().getAttribute("data-status")).isEqualTo("ACTIVE");
		Grid<Order> orders = recentOrders().getFirst();
		ShownBadge order = badge(orders, "status", placed.order());
		assertThat(order.text()).isEqualTo("Placed");
		assertThat(order.themes()).as("placed waits for someone: grey").containsExactlyInAnyOrder("badge", "contrast");
		assertThat(order.status()).isEqualTo("PLACED");
	}

}
