package com.example.shop.ui.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.example.shop.bff.order.PlaceOrder;
import com.example.shop.bff.order.PlaceOrderService;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "admin", roles = "ADMIN")
class RecordPaymentIT extends UiIntegrationTest {

	@Autowired
	PlaceOrderService placing;

	private UUID orderId;

	@Test
	void aPartialPaymentIsRecordedAndTheInvoiceShowsWhatIsStillOutstanding() {
		PaymentDialog dialog = recordAPaymentOn(invoiceOf("1000.00"));
		dialog.amount.setValue(new BigDecimal("400"));
		dialog.reference.setValue("TRX-1");
		test(dialog.save).click();
		awaitScreen(() -> !dialog.isOpened());
		awaitText("invoice-facts", "600");

		assertThat(this.data.invoicesOfOrder(this.orderId)
			.path("items")
			.get(0)
			.path("paidAmount")
			.path("amount")
			.asString()).isEqualTo("400.00");
	}

	@Test
	void moreThanIsOutstandingIsRefusedInTheFormWithAMessage() {
		PaymentDialog dialog = recordAPaymentOn(invoiceOf("1000.00"));
		dialog.amount.setValue(new BigDecimal("1000.01"));
		test(dialog.save).click();

		assertThat(dialog.amount.isInvalid()).isTrue();
		assertThat(dialog.amount.getErrorMessage()).startsWith("More than is outstanding");
		assertThat(dialog.isOpened()).isTrue();
	}

	/** Opens the invoice's page and its "Record a payment" dialog. */
	private PaymentDialog recordAPaymentOn(UUID invoiceId) {
		InvoiceView view = navigate(InvoiceView.class, invoiceId.toString());
		awaitScreen(view.record::isVisible);
		test(view.record).click();
		return $(PaymentDialog.class).single();
	}

	/** Places an order of one product at this price and returns its invoice's id. */
	private UUID invoiceOf(String price) {
		UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product(price, 5);
		Placement placement = this.placing
			.place(new PlaceOrder(UUID.randomUUID(), customer, List.of(new PlaceOrder.Line(sku, 1))))
			.block();
		assertThat(placement).isInstanceOf(Placement.Placed.class);
		Placement.Placed placed = (Placement.Placed) placement;
		this.orderId = placed.order().id();
		return placed.invoice().id();
	}

}
