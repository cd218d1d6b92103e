package com.example.shop.ui.base;

import java.util.List;

import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.billing.InvoicesView;
import com.example.shop.ui.catalog.CatalogView;
import com.example.shop.ui.dashboard.DashboardView;
import com.example.shop.ui.order.NewOrderView;
import com.example.shop.ui.order.OrdersView;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleVisibilityIT extends UiIntegrationTest {

	@Test
	@WithMockUser(username = "sales", roles = "SALES")
	void salesSeesCatalogCustomersAndOrdersButNotInvoices() {
		navigate(DashboardView.class);

		assertThat(navigation()).containsExactly("Dashboard", "Catalog", "Orders", "New order", "Customers");
		assertThatThrownBy(() -> navigate(InvoicesView.class)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@WithMockUser(username = "billing", roles = "BILLING")
	void billingSeesCustomersAndInvoicesAndCannotOpenOrdersOrTheCatalogByUrl() {
		navigate(DashboardView.class);

		assertThat(navigation()).containsExactly("Dashboard", "Customers", "Invoices");
		assertThatThrownBy(() -> navigate(OrdersView.class)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> navigate(CatalogView.class)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> navigate(NewOrderView.class)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminSeesEverything() {
		navigate(DashboardView.class);

		assertThat(navigation()).containsExactly("Dashboard", "Catalog", "Orders", "New order", "Customers",
				"Invoices");
	}

	private List<String> navigation() {
		return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
