package com.example.shop.ui.billing;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Routes;
import com.example.shop.ui.base.EmptyState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer overview shows the customer's orders and invoices to every role and opens
 * them by their addresses (since the role matrix of docs/security.md, every role reads
 * orders and invoices). The overview arrives after navigating, on another thread; whether
 * a row may be opened is asked of the user's security context, never of the request,
 * which that thread does not have ({@code UiIntegrationTest} runs answers without one, as
 * a server does) and which, for a click sent over the push WebSocket, denies every role.
 */
class CustomerOverviewIT extends CustomerOverviewTest {

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void aSalesUserSeesTheCustomersOrdersAndInvoicesAndOpensThem() {
		seesAndOpensTheOrderAndTheInvoice(customerWithAnInvoicedOrder());
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void aBillingUserSeesTheCustomersOrdersAndInvoicesAndOpensThem() {
		seesAndOpensTheOrderAndTheInvoice(customerWithAnInvoicedOrder());
	}

	@Test
	@SignedIn(value = "admin", roles = "ADMIN")
	void anAdminSeesTheCustomersOrdersAndInvoicesAndOpensThem() {
		seesAndOpensTheOrderAndTheInvoice(customerWithAnInvoicedOrder());
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void anOverviewOpenedFromInsideTheAppStillOpensItsOrdersAndInvoices() {
		Invoiced arranged = customerWithAnInvoicedOrder();

		openOverPush(Routes.customer(arranged.customer()));
		awaitOverview();
		test(recentOrders().getFirst()).clickRow(0);
		String afterOrderClick = location();
		openOverPush(Routes.customer(arranged.customer()));
		awaitOverview();
		test($(InvoiceGrid.class).single()).clickRow(0);

		assertThat(afterOrderClick).isEqualTo(Routes.order(arranged.order()));
		assertThat(location()).isEqualTo(Routes.invoice(arranged.invoice()));
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void aCustomerWithoutOrdersSaysSoAndOffersANewOrderToThoseWhoMayPlaceOne() {
		open(Routes.customer(this.data.customer("1000000.00")));
		awaitOverview();

		EmptyState orders = (EmptyState) recentOrders().getFirst().getEmptyStateComponent();
		EmptyState invoices = (EmptyState) $(InvoiceGrid.class).single().getEmptyStateComponent();
		assertThat(orders.getText()).isEqualTo("No orders yet.");
		assertThat(invoices.getText()).isEqualTo("No invoices yet: an invoice is issued when an order is placed.");
		test($(Button.class, orders).single()).click();

		assertThat(location()).isEqualTo(Routes.NEW_ORDER);
	}

	@Test
	@SignedIn(value = "billing", roles = "BILLING")
	void billingIsNotOfferedANewOrder() {
		open(Routes.customer(this.data.customer("1000000.00")));
		awaitOverview();

		EmptyState orders = (EmptyState) recentOrders().getFirst().getEmptyStateComponent();
		assertThat(orders.getText()).isEqualTo("No orders yet.");
		assertThat($(Button.class, orders).all()).isEmpty();
	}

	private void seesAndOpensTheOrderAndTheInvoice(Invoiced arranged) {
		String overview = Routes.customer(arranged.customer());

		open(overview);
		awaitOverview();
		int orders = test(recentOrders().getFirst()).size();
		int invoices = test($(InvoiceGrid.class).single()).size();
		test(recentOrders().getFirst()).clickRow(0);
		String afterOrderClick = location();
		open(overview);
		awaitOverview();
		test($(InvoiceGrid.class).single()).clickRow(0);

		assertThat(orders).isEqualTo(1);
		assertThat(invoices).isEqualTo(1);
		assertThat(afterOrderClick).isEqualTo(Routes.order(arranged.order()));
		assertThat(location()).isEqualTo(Routes.invoice(arranged.invoice()));
	}

	/**
	 * A new customer with one order and its invoice, arranged directly (billing may not
	 * place orders, and the overview must not depend on who placed it).
	 */
	private Invoiced customerWithAnInvoicedOrder() {
		Invoice invoice = invoicedOrder();
		return new Invoiced(invoice.customerId(), invoice.orderId(), invoice.id());
	}

	/**
	 * Waits until the overview has drawn its orders and invoices, or has shown an error
	 * (which the caller then reports).
	 */
	private void awaitOverview() {
		awaitScreen(() -> !errorNotices().isEmpty()
				|| (!recentOrders().isEmpty() && !$(InvoiceGrid.class).all().isEmpty()));
		assertThat(errorNotices()).as("error notices on the customer overview").isEmpty();
	}

	private List<String> errorNotices() {
		return $(Notification.class).all()
			.stream()
			.filter((notice) -> notice.getThemeNames().contains("error"))
			.map((notice) -> test(notice).getText())
			.toList();
	}

	private static String location() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
	}

	private record Invoiced(UUID customer, UUID order, UUID invoice) {
	}

}
