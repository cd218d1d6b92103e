package com.example.shop.ui.billing;

import java.util.List;
import java.util.Map;

import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The customers list keeps its search in the address. */
@SignedIn(value = "admin", roles = "ADMIN")
class CustomersListIT extends UiIntegrationTest {

	@Test
	void theSearchComesFromTheAddressAndGoesBackToItSoAReloadOrALinkKeepsIt() {
		Placement.Placed placed = placeOne();
		String name = placed.order().customerName();

		UI.getCurrent().navigate(Routes.CUSTOMERS, QueryParameters.simple(Map.of("q", name)));
		CustomersView view = (CustomersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

		assertThat(view.search.getValue()).isEqualTo(name);
		assertThat(rowsShown(view.grid)).extracting(Customer::id).containsExactly(placed.order().customerId());

		view.search.setValue("  hanbit ");

		assertThat(view.filters().getParameters()).containsOnly(Map.entry("q", List.of("hanbit")));
		view.search.clear();
		assertThat(view.filters().getParameters()).isEmpty();
	}

}
