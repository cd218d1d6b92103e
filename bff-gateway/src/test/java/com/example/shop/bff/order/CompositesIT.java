package com.example.shop.bff.order;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.BackendNotFound;
import com.example.shop.bff.Part;
import com.example.shop.bff.customer.CustomerOverview;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.dashboard.Dashboard;
import com.example.shop.bff.dashboard.DashboardService;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Each composite view, composed from the three real backends. */
@SignedIn(roles = "ADMIN")
class CompositesIT extends BffIntegrationTest {

	@Autowired
	OrderDetailService details;

	@Autowired
	DashboardService dashboards;

	@Autowired
	CustomerService customers;

	@Test
	void orderDetailHasTheOrderItsProductsTheInvoiceWithPaymentsAndTheCustomer() {
		UUID customer = this.data.customer("1000000.00");
		String a = this.data.product("100.00", 10);
		String b = this.data.product("250.00", 10);
		Placement.Placed placed = placed(new PlaceOrder(UUID.randomUUID(), customer,
				List.of(new PlaceOrder.Line(a, 1), new PlaceOrder.Line(b, 2))));
		this.data.pay(placed.invoice().id().toString(), "200.00");

		OrderDetail detail = this.details.detail(placed.order().id()).block();

		assertThat(detail.order().id()).isEqualTo(placed.order().id());
		assertThat(detail.products()).isInstanceOf(Part.Available.class);
		assertThat(detail.products().orElse(java.util.Map.of()).keySet()).containsExactlyInAnyOrder(a, b);
		assertThat(detail.billing()).isInstanceOfSatisfying(Part.Available.class, (billing) -> {
			OrderDetail.Invoiced invoiced = (OrderDetail.Invoiced) billing.value();
			assertThat(invoiced.invoice().id()).isEqualTo(placed.invoice().id());
			assertThat(invoiced.payments()).hasSize(1);
			assertThat(invoiced.invoice().outstandingAmount().amount()).isEqualTo("400.00");
		});
		assertThat(detail.customer()).isInstanceOfSatisfying(Part.Available.class,
				(c) -> assertThat(((com.example.shop.bff.billing.Customer) c.value()).id()).isEqualTo(customer));
		assertThat(detail.pending()).isEmpty();
	}

	@Test
	void theOrderAndItsInvoiceCarryWhatTheirBackendsAllowNow() {
		Placement.Placed placed = placeOne(1);
		Order confirmed = this.desk.act(placed.order().id(), OrderAction.CONFIRM, placed.order().version()).block();

		OrderDetail detail = this.details.detail(placed.order().id()).block();

		assertThat(placed.order().allowedActions()).containsExactly(OrderAction.CONFIRM, OrderAction.CANCEL);
		assertThat(placed.invoice().payable()).isTrue();
		assertThat(confirmed.allowedActions()).containsExactly(OrderAction.SHIP, OrderAction.CANCEL);
		assertThat(detail.order().allowedActions()).containsExactly(OrderAction.SHIP, OrderAction.CANCEL);
	}

	@Test
	void anOrderWithoutAnInvoiceShowsThatAsPendingNotAsMissingData() {
		UUID orderId = this.data.unfinishedOrder();

		OrderDetail detail = this.details.detail(orderId).block();

		assertThat(detail.billing()).isEqualTo(Part.available(new OrderDetail.NotInvoiced()));
		assertThat(detail.pending()).extracting(PendingStep::step)
			.containsExactly(PendingStep.Step.CONFIRM_STOCK, PendingStep.Step.ISSUE_INVOICE);
		assertThat(detail.pending()).extracting(PendingStep::finishedBy)
			.containsOnly(PendingStep.FinishedBy.RECONCILER);
		assertThat(detail.pending().getFirst().message()).contains("reconciler");
	}

	@Test
	void anUnknownOrderIsNotFound() {
		assertThatExceptionOfType(BackendNotFound.class)
			.isThrownBy(() -> this.details.detail(UUID.randomUUID()).block());
	}

	@Test
	void theDashboardHasOrderFiguresReceivablesAndLowStock() {
		String low = this.data.product("100.00", 3);

		Dashboard dashboard = this.dashboards.dashboard().block();

		assertThat(dashboard.orders()).isInstanceOf(Part.Available.class);
		assertThat(dashboard.receivables()).isInstanceOf(Part.Available.class);
		assertThat(dashboard.lowStock()).isInstanceOfSatisfying(Part.Available.class,
				(page) -> assertThat(((com.example.shop.bff.catalog.ProductPage) page.value()).items()).allSatisfy(
						(p) -> assertThat(p.stockOnHand()).isLessThanOrEqualTo(DashboardService.LOW_STOCK_THRESHOLD)));
		assertThat(this.data.product(low).getStockOnHand()).isEqualTo(3);
	}

	@Test
	void theCustomerOverviewHasAccountBalanceRecentOrdersAndInvoices() {
		// The arrangement retries like a client while an earlier test's breaker closes.
		UUID customer = placeOne(2).order().customerId();

		CustomerOverview overview = this.customers.overview(customer).block();

		assertThat(overview.account()).isInstanceOf(Part.Available.class);
		assertThat(overview.balance()).isInstanceOfSatisfying(Part.Available.class,
				(b) -> assertThat(((com.example.shop.bff.billing.CustomerBalance) b.value()).open().amount())
					.isEqualTo("200.00"));
		assertThat(overview.recentOrders().orElse(null).total()).isEqualTo(1);
		assertThat(overview.invoices().orElse(null).total()).isEqualTo(1);
	}

	@Test
	void anUnknownCustomerIsNotFound() {
		assertThatExceptionOfType(BackendNotFound.class)
			.isThrownBy(() -> this.customers.overview(UUID.randomUUID()).block());
	}

}
