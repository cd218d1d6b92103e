package com.example.shop.ui.base;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of docs/security.md in the views: every role against every view's
 * address (open, or not found), the navigation each role gets, and the actions each view
 * offers to a role (placing and moving orders, recording payments, editing products). The
 * same matrix holds at /bff/v1 (the BFF's {@code BffRoleMatrixIT}) and in each backend
 * ({@code *SecurityIT}).
 */
class RoleMatrixIT extends UiIntegrationTest {

	private static final String ID = "00000000-0000-0000-0000-000000000001";

	static Stream<Arguments> views() {
		Set<String> everyone = Set.of("SALES", "BILLING", "ADMIN");
		Map<String, Set<String>> rows = new java.util.LinkedHashMap<>();
		rows.put(Routes.DASHBOARD, everyone);
		rows.put(Routes.CATALOG, everyone);
		rows.put(Routes.ORDERS, everyone);
		rows.put(Routes.NEW_ORDER, Set.of("SALES", "ADMIN"));
		rows.put(Routes.ORDER + "/" + ID, everyone);
		rows.put(Routes.ORDERS_ATTENTION, Set.of("ADMIN"));
		rows.put(Routes.CUSTOMERS, everyone);
		rows.put(Routes.CUSTOMER + "/" + ID, everyone);
		rows.put(Routes.INVOICES, everyone);
		rows.put(Routes.INVOICE + "/" + ID, everyone);
		rows.put(Routes.JOBS, Set.of("ADMIN"));
		return rows.entrySet()
			.stream()
			.flatMap((row) -> everyone.stream()
				.map((role) -> Arguments.of(row.getKey(), role, row.getValue().contains(role))));
	}

	@ParameterizedTest(name = "/{0} for {1}")
	@MethodSource("views")
	void everyRoleOpensExactlyTheViewsTheMatrixGivesIt(String location, String role, boolean allowed) {
		signIn(role);
		reopen();

		if (allowed) {
			assertThat(open(location)).isNotInstanceOf(RouteNotFoundError.class);
		}
		else {
			assertThat(open(location)).isInstanceOf(RouteNotFoundError.class);
		}
	}

	@Test
	void theNavigationListsWhatEachRoleMayOpen() {
		List<String> work = List.of("Dashboard", "Catalog", "Orders", "New order", "Customers", "Invoices");

		assertThat(navigationOf("SALES")).isEqualTo(work);
		assertThat(navigationOf("BILLING"))
			.isEqualTo(List.of("Dashboard", "Catalog", "Orders", "Customers", "Invoices"));
		assertThat(navigationOf("ADMIN")).isEqualTo(List.of("Dashboard", "Catalog", "Orders", "New order", "Customers",
				"Invoices", "Needs attention", "Jobs"));
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void billingReadsAnOrderButIsOfferedNoLifecycleActionNorANewOrder() {
		Placement.Placed placed = ServiceIdentity.runAsService(placeAsService()).block();

		open(Routes.order(placed.order().id()));
		awaitScreen(() -> !$(com.vaadin.flow.component.html.Span.class).withId("order-status").all().isEmpty());
		List<String> buttons = $(Button.class).all().stream().map(Button::getText).toList();
		open(Routes.ORDERS);
		List<String> orderListButtons = $(Button.class).all()
			.stream()
			.filter(Button::isVisible)
			.map(Button::getText)
			.toList();

		assertThat(buttons).doesNotContain("Confirm", "Cancel order", "Cancel");
		assertThat(orderListButtons).doesNotContain("New order");
	}

	private List<String> navigationOf(String role) {
		signIn(role);
		reopen();
		return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

	private void signIn(String role) {
		SecurityContextHolder.setContext(new SignedIn.Factory().createSecurityContext(signedIn(role)));
	}

	private reactor.core.publisher.Mono<Placement.Placed> placeAsService() {
		return reactor.core.publisher.Mono.fromCallable(() -> {
			UUID customer = this.data.customer("1000000.00");
			UUID orderId = this.data.reserveAndCreateOrder(customer, this.data.product("100.00", 10), 1);
			return orderId;
		})
			.flatMap((orderId) -> this.ordersBackend.get(orderId))
			.flatMap((order) -> this.billingBackend.issue(order.id(), order.customerId(), order.total())
				.map((invoice) -> new Placement.Placed(order, invoice)));
	}

	private static SignedIn signedIn(String role) {
		return new SignedIn() {

			@Override
			public Class<? extends java.lang.annotation.Annotation> annotationType() {
				return SignedIn.class;
			}

			@Override
			public String value() {
				return role.toLowerCase();
			}

			@Override
			public String[] roles() {
				return new String[] { role };
			}

		};
	}

}
