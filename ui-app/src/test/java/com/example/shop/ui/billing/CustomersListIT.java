package com.example.shop.ui.billing;

import java.util.List;
import java.util.Map;

import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customers list keeps its search in the address, and an empty list says why with the
 * next step.
 */
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

	@Test
	@SuppressWarnings("unchecked")
	void theSortComesFromTheAddressGoesToBillingAndBackToTheAddress() {
		placeOne();
		placeOne();
		UI.getCurrent().navigate(Routes.CUSTOMERS, QueryParameters.simple(Map.of("sort", "email,desc")));
		CustomersView view = (CustomersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();

		assertThat(view.grid.getSortOrder()).singleElement().satisfies((o) -> {
			assertThat(o.getSorted().getKey()).isEqualTo("email");
			assertThat(o.getDirection()).isEqualTo(SortDirection.DESCENDING);
		});
		assertThat(view.filters().getParameters()).containsOnly(Map.entry("sort", List.of("email,desc")));
		List<String> emails = ((DataProvider<Customer, Object>) view.grid.getDataProvider())
			.fetch(new Query<>(0, 50, List.of(new QuerySortOrder("email", SortDirection.DESCENDING)), null, null))
			.map((c) -> c.email().toLowerCase(java.util.Locale.ROOT))
			.toList();
		assertThat(emails).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		reopen();
		UI.getCurrent().navigate(Routes.CUSTOMERS, QueryParameters.simple(Map.of("sort", "balance,desc")));
		CustomersView reloaded = (CustomersView) UI.getCurrent()
			.getInternals()
			.getActiveRouterTargetsChain()
			.getFirst();
		assertThat(reloaded.grid.getSortOrder()).as("not a column billing sorts by").isEmpty();
	}

	@Test
	void aSearchThatFindsNothingSaysSoAndItsButtonClearsTheSearch() {
		// A customer for the cleared list to show, whichever test runs first.
		this.data.customer("1000.00");
		CustomersView view = navigate(CustomersView.class);
		view.search.setValue("zebra nobody");

		assertThat(rowsShown(view.grid)).isEmpty();

		assertThat(view.grid.getEmptyStateComponent()).isSameAs(view.empty);
		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.empty.getText()).isEqualTo("No customers match \"zebra nobody\".");
		assertThat(buttons(view)).containsExactly("Clear the search", "New customer");

		test(view.clearSearch).click();

		assertThat(view.search.getValue()).isEmpty();
		assertThat(rowsShown(view.grid)).isNotEmpty();
		assertThat(view.empty.isVisible()).isFalse();
	}

	@Test
	void theEmptyStateOffersNewCustomerOnlyToThoseWhoMayCreateOne() {
		CustomersView view = navigate(CustomersView.class);
		view.search.setValue("zebra nobody");
		rowsShown(view.grid);
		test($(Button.class, view.empty).all()
			.stream()
			.filter((b) -> b.getText().equals("New customer"))
			.findFirst()
			.orElseThrow()).click();

		assertThat($(CustomerDialog.class).all()).as("New customer opens the form").hasSize(1);
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void salesAreOfferedOnlyToClearTheSearch() {
		CustomersView view = navigate(CustomersView.class);
		view.search.setValue("zebra nobody");
		rowsShown(view.grid);

		assertThat(buttons(view)).containsExactly("Clear the search");
	}

	private List<String> buttons(CustomersView view) {
		return $(Button.class, view.empty).all().stream().filter(Button::isVisible).map(Button::getText).toList();
	}

}
