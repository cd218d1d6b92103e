package com.example.shop.ui.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.example.shop.bff.ServiceIdentity;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of docs/security.md in the views: every role against every view's
 * address (open, or the "no access" page with 403), addresses that lead nowhere (the "not
 * found" page with 404), the navigation each role gets, and the actions each view offers
 * to a role (placing and moving orders, recording payments, editing products). The same
 * matrix holds at /bff/v1 (the BFF's {@code BffRoleMatrixIT}) and in each backend
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
		rows.put(Routes.CUSTOMER + "/" + ID + "/statement", everyone);
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

		int status = navigate(location);
		HasElement shown = shown();

		if (allowed) {
			assertThat(status).isEqualTo(200);
			assertThat(shown).isNotInstanceOfAny(NoAccessPage.class, NotFoundPage.class, RouteNotFoundError.class);
		}
		else {
			assertThat(status).isEqualTo(403);
			assertThat(shown).isInstanceOf(NoAccessPage.class);
			assertThat(texts(shown)).containsExactly("No access",
					"Your role does not give access to this page. If you need it, ask an administrator.",
					"Go to the dashboard");
			assertInTheShellWithAWayBack(shown);
		}
	}

	static Stream<Arguments> unknownAddresses() {
		return Stream
			.of("nope", "orders/nope", "order", "order/not-a-uuid", "invoice/not-a-uuid", "customer/not-a-uuid",
					"customer/not-a-uuid/statement")
			.flatMap((location) -> Stream.of("SALES", "BILLING", "ADMIN").map((role) -> Arguments.of(location, role)));
	}

	@ParameterizedTest(name = "/{0} for {1}")
	@MethodSource("unknownAddresses")
	void anAddressThatLeadsNowhereIsNotFoundInTheShell(String location, String role) {
		signIn(role);
		reopen();

		int status = navigate(location);
		HasElement shown = shown();

		assertThat(status).isEqualTo(404);
		assertThat(shown).isInstanceOf(NotFoundPage.class);
		assertThat(texts(shown)).containsExactly("Page not found",
				"There is nothing at this address. It may have been mistyped, or what it showed no longer exists.",
				"Go to the dashboard");
		assertInTheShellWithAWayBack(shown);
	}

	@Test
	void theRefusalsSpeakTheUsersLanguage() {
		signIn("SALES");
		reopen();
		UI.getCurrent().setLocale(Locale.KOREAN);

		navigate(Routes.JOBS);
		List<String> noAccess = texts(shown());
		navigate("nope");
		List<String> notFound = texts(shown());

		assertThat(noAccess).containsExactly("접근 권한 없음", "현재 역할로는 이 페이지를 열 수 없습니다. 필요하면 관리자에게 요청하세요.", "대시보드로 이동");
		assertThat(notFound).first().isEqualTo("페이지를 찾을 수 없습니다");
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

	/**
	 * Navigates as the router does for a typed address, and answers the HTTP status the
	 * page's request gets.
	 */
	private static int navigate(String location) {
		UI ui = UI.getCurrent();
		return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PROGRAMMATIC);
	}

	private static HasElement shown() {
		return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
	}

	/** Every text the page shows, in order: nothing more (no route, role or reason). */
	private static List<String> texts(HasElement page) {
		return page.getElement().getChildren().map(Element::getText).toList();
	}

	/**
	 * Inside the shell, whose navigation stays, with a link the router follows to the
	 * dashboard.
	 */
	private void assertInTheShellWithAWayBack(HasElement page) {
		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isInstanceOf(MainLayout.class);
		assertThat($(SideNavItem.class).all()).isNotEmpty();
		Anchor back = $(Anchor.class, (com.vaadin.flow.component.Component) page).single();
		assertThat(back.getHref()).isEqualTo(Routes.DASHBOARD);
		assertThat(back.getElement().hasAttribute("router-link")).isTrue();
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
