package com.example.shop.bff.audit;

import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Money;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerDraft;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.bff.billing.NewPayment;
import com.example.shop.bff.billing.PaymentMethod;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.order.Cancellation;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trails through the BFF: each backend records the person whose token the BFF
 * relayed, with the change, and whoever may read the thing reads its trail (the role
 * matrix is {@code BffRoleMatrixIT}'s).
 */
@SignedIn(value = "ada", roles = "ADMIN")
class AuditTrailsIT extends BffIntegrationTest {

	@Autowired
	AuditService audit;

	@Autowired
	BillingDeskService billing;

	@Autowired
	CatalogPagesService catalog;

	@Test
	void theOrderAndItsInvoiceNameThePersonWhoPlacedAndCancelledIt() {
		Placement.Placed placed = placedAndCancelled("customer changed their mind");

		AuditTrail order = this.audit.order(placed.order().id(), AuditTrail.DEFAULT_SIZE).block();
		AuditTrail invoice = this.audit.invoice(placed.invoice().id(), AuditTrail.DEFAULT_SIZE).block();

		assertThat(order.items()).extracting(AuditTrail.Entry::action)
			.containsExactly("CANCELLED", "CANCELLATION_REQUESTED", "PLACED");
		assertThat(order.items()).extracting(AuditTrail.Entry::actor).containsOnly("ada");
		assertThat(order.items().get(1).detail()).contains("customer changed their mind");
		assertThat(invoice.items()).extracting(AuditTrail.Entry::action).containsExactly("VOIDED", "ISSUED");
		assertThat(invoice.items()).extracting(AuditTrail.Entry::actor).containsOnly("ada");
	}

	@Test
	void anOrdersEntriesComeWithItsStatusReadAsAnOrdersAndItsTotal() {
		Placement.Placed placed = placedAndCancelled("customer changed their mind");

		AuditTrail order = this.audit.order(placed.order().id(), AuditTrail.DEFAULT_SIZE).block();

		assertThat(order.items().get(1).changes()).containsExactly(
				new AuditTrail.Change("status", AuditTrail.Kind.ORDER_STATUS, "PLACED", "CANCELLING", null, null),
				new AuditTrail.Change("cancellationReason", AuditTrail.Kind.TEXT, null, "customer changed their mind",
						null, null));
		assertThat(order.items().get(2).changes()).containsExactly(
				new AuditTrail.Change("status", AuditTrail.Kind.ORDER_STATUS, null, "PLACED", null, null),
				new AuditTrail.Change("total", AuditTrail.Kind.MONEY, null, placed.order().total().amount(),
						placed.order().total().currency(), null));
	}

	@Test
	void aPaymentNamesWhoRecordedItAndHowMuch() {
		Placement.Placed placed = placeOne(1);
		this.billing
			.recordPayment(placed.invoice().id(), UUID.randomUUID().toString(),
					new NewPayment(new Money("40.00", "KRW"), PaymentMethod.CARD, "R-77"))
			.block();

		AuditTrail invoice = this.audit.invoice(placed.invoice().id(), 1).block();

		assertThat(invoice.items()).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("PAYMENT_RECORDED");
			assertThat(entry.actor()).isEqualTo("ada");
			assertThat(entry.detail()).contains("40.00").contains("R-77");
		});
	}

	@Test
	void aCustomerEditComesWithWhatChangedFieldByFieldItsStatusReadAsACustomers() {
		UUID id = this.data.customer("5000000.00");
		Customer opened = this.billing.customer(id).block();
		this.billing
			.changeCustomer(id, opened.version(),
					new CustomerDraft(opened.name(), opened.email(), new Money("5856000.00", "KRW"), 30,
							CustomerStatus.SUSPENDED))
			.block();

		AuditTrail trail = this.audit.customer(id, AuditTrail.DEFAULT_SIZE).block();

		assertThat(trail.items()).extracting(AuditTrail.Entry::action).containsExactly("SUSPENDED", "CREATED");
		assertThat(trail.items().getFirst().changes()).containsExactly(
				new AuditTrail.Change("status", AuditTrail.Kind.CUSTOMER_STATUS, "ACTIVE", "SUSPENDED", null, null),
				new AuditTrail.Change("creditLimit", AuditTrail.Kind.MONEY, "5000000.00", "5856000.00", "KRW", null));
		assertThat(trail.items().get(1).changes()).contains(
				new AuditTrail.Change("creditLimit", AuditTrail.Kind.MONEY, null, "5000000.00", "KRW", null),
				new AuditTrail.Change("paymentTermsDays", AuditTrail.Kind.NUMBER, null, "30", null, "days"));
	}

	@Test
	void anInvoicesStatusChangesAreReadAsAnInvoices() {
		Placement.Placed placed = placeOne(1);
		this.billing
			.recordPayment(placed.invoice().id(), UUID.randomUUID().toString(),
					new NewPayment(placed.invoice().amount(), PaymentMethod.CARD, null))
			.block();

		AuditTrail invoice = this.audit.invoice(placed.invoice().id(), 1).block();

		assertThat(invoice.items().getFirst().changes()).first()
			.isEqualTo(new AuditTrail.Change("status", AuditTrail.Kind.INVOICE_STATUS, "OPEN", "PAID", null, null));
	}

	@Test
	void aProductEditComesWithWhatChangedFieldByFieldItsActiveReadAsAProductsStatus() {
		String sku = this.data.product("100.00", 10);
		Product before = editPriceAndStock(sku, true);

		AuditTrail history = this.audit.product(sku, AuditTrail.DEFAULT_SIZE).block();
		assertThat(history.items()).extracting(AuditTrail.Entry::action).startsWith("EDITED", "ADJUSTED");
		assertThat(history.items().get(0).changes())
			.containsExactly(new AuditTrail.Change("price", AuditTrail.Kind.MONEY, "100.00", "120.00", "KRW", null),
					new AuditTrail.Change("active", AuditTrail.Kind.PRODUCT_STATUS,
							before.active() ? "ACTIVE" : "INACTIVE", before.active() ? "INACTIVE" : "ACTIVE", null,
							null));
		assertThat(history.items().get(1).changes())
			.containsExactly(new AuditTrail.Change("stock", AuditTrail.Kind.NUMBER, "10", "7", null, "units"));
	}

	@Test
	void aProductEditNamesTheAdminAndWhatChanged() {
		String sku = this.data.product("100.00", 10);
		editPriceAndStock(sku, false);

		AuditTrail history = this.audit.product(sku, AuditTrail.DEFAULT_SIZE).block();
		assertThat(history.items()).extracting(AuditTrail.Entry::actor).first().isEqualTo("ada");
		assertThat(history.items()).extracting(AuditTrail.Entry::action).contains("EDITED", "ADJUSTED");
		assertThat(history.items()).extracting(AuditTrail.Entry::detail).anySatisfy((detail) -> {
			assertThat(detail).contains("100.00").contains("120.00");
		});
	}

	@Test
	@SignedIn(value = "sam", roles = "SALES")
	void whoeverMayReadTheOrderReadsItsTrailAndItNamesThem() {
		Placement.Placed placed = placeOne(1);

		AuditTrail order = this.audit.order(placed.order().id(), AuditTrail.DEFAULT_SIZE).block();

		assertThat(order.items()).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("PLACED");
			assertThat(entry.actor()).isEqualTo("sam");
		});
	}

	/** Places one unit for a new customer, then cancels the order for this reason. */
	private Placement.Placed placedAndCancelled(String reason) {
		Placement.Placed placed = placeOne(1);
		Cancellation cancellation = this.cancelling.cancel(placed.order().id(), placed.order().version(), reason)
			.block();
		assertThat(cancellation).isInstanceOf(Cancellation.Cancelled.class);
		return placed;
	}

	/**
	 * Edits the product as an admin does: its price to 120.00 and its stock to 7, its
	 * active flag turned over or kept; answers the product as it was before.
	 */
	private Product editPriceAndStock(String sku, boolean turnActiveOver) {
		Product before = this.catalog.product(sku).block();
		boolean active = turnActiveOver != before.active();
		this.catalog
			.update(new ProductDraft(sku, before.name(), before.description(), before.category(),
					new Money("120.00", "KRW"), before.attributes(), 7, active), before.version())
			.block();
		return before;
	}

}
