package com.example.shop.ui.order;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "sales", roles = "SALES")
class NewOrderIT extends UiIntegrationTest {

	@Autowired
	CustomerService customers;

	@Autowired
	CatalogPagesService catalog;

	@Test
	void aSalesUserPlacesAnOrderFromTheFormAndSeesItPlacedWithItsInvoice() {
		UUID customerId = this.data.customer("1000000.00");
		String sku = this.data.product("1250.00", 20);
		NewOrderView view = navigate(NewOrderView.class);
		UUID placementId = view.placementId;

		view.customer.setValue(customer(customerId));
		view.lines.product.setValue(this.catalog.product(sku).block());
		view.lines.quantity.setValue(3);
		test(view.lines.add).click();
		awaitScreen(() -> !view.credit.getChildren().toList().isEmpty());

		assertThat(view.total.getText()).contains("3,750");
		assertThat(view.credit.getElement().getTextRecursively()).contains("Within the available credit");

		test(view.submit).click();
		awaitScreen(() -> view.result.getElement().getTextRecursively().contains("is placed"));

		assertThat(view.result.getElement().getTextRecursively()).contains("invoice INV-");
		var product = this.data.product(sku);
		assertThat(product.getStockOnHand() - product.getReserved()).isEqualTo(17);
		assertThat(view.placementId).as("a new form after success mints a new placement").isNotEqualTo(placementId);
	}

	@Test
	void overTheCreditLimitTheFormWarnsBeforeSubmitAndBillingDeclines() {
		UUID customerId = this.data.customer("100.00");
		String sku = this.data.product("500.00", 5);
		NewOrderView view = navigate(NewOrderView.class);

		view.customer.setValue(customer(customerId));
		view.lines.product.setValue(this.catalog.product(sku).block());
		test(view.lines.add).click();
		awaitScreen(() -> view.credit.getElement().getTextRecursively().contains("Exceeds"));

		test(view.submit).click();
		awaitScreen(() -> view.result.getElement().getTextRecursively().contains("Credit declined"));
	}

	/** The customer as the form's customer picker lists it (newest first). */
	private Customer customer(UUID id) {
		return this.customers.customers(null, List.of(), 0, 100, List.of("createdAt,desc"))
			.block()
			.items()
			.stream()
			.filter((c) -> c.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
