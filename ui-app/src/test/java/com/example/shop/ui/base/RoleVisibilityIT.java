package com.example.shop.ui.base;

import java.util.List;

import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

class RoleVisibilityIT extends UiIntegrationTest {

	@Test
	@WithMockUser(username = "sales", roles = "SALES")
	void salesSeesCatalogCustomersAndOrdersButNotInvoices() {
		open(Routes.DASHBOARD);

		assertThat(navigation()).containsExactly("Dashboard", "Catalog", "Orders", "New order", "Customers");
		assertThat(open(Routes.INVOICES)).isInstanceOf(RouteNotFoundError.class);
		assertThat(open(Routes.ORDERS_ATTENTION)).isInstanceOf(RouteNotFoundError.class);
	}

	@Test
	@WithMockUser(username = "billing", roles = "BILLING")
	void billingSeesCustomersAndInvoicesAndCannotOpenOrdersOrTheCatalogByUrl() {
		open(Routes.DASHBOARD);

		assertThat(navigation()).containsExactly("Dashboard", "Customers", "Invoices");
		assertThat(open(Routes.ORDERS)).isInstanceOf(RouteNotFoundError.class);
		assertThat(open(Routes.CATALOG)).isInstanceOf(RouteNotFoundError.class);
		assertThat(open(Routes.NEW_ORDER)).isInstanceOf(RouteNotFoundError.class);
		assertThat(open(Routes.JOBS)).isInstanceOf(RouteNotFoundError.class);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminSeesEverything() {
		open(Routes.DASHBOARD);

		assertThat(navigation()).containsExactly("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices",
				"Needs attention", "Jobs");
		assertThat(open(Routes.INVOICES)).isNotInstanceOf(RouteNotFoundError.class);
		assertThat(open(Routes.ORDERS_ATTENTION)).isNotInstanceOf(RouteNotFoundError.class);
		assertThat(open(Routes.JOBS)).isNotInstanceOf(RouteNotFoundError.class);
	}

	private List<String> navigation() {
		return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
