package com.example.shop.ui.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.InvalidField;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.customer.CustomerService;
import com.example.shop.bff.order.PendingStep;
import com.example.shop.bff.order.Placement;
import com.example.shop.problems.ProblemType;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "sales", roles = "SALES")
class NewOrderIT extends UiIntegrationTest {

	@Autowired
	CustomerService customers;

	@Autowired
	CatalogPagesService catalog;

	@Autowired
	Formats formats;

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
	void overTheCreditLimitTheFormSaysSoAndDoesNotSend() {
		String sku = this.data.product("500.00", 5);
		NewOrderView view = newOrderFor(this.data.customer("100.00"));

		view.lines.product.setValue(this.catalog.product(sku).block());
		test(view.lines.add).click();
		awaitScreen(() -> view.credit.getElement().getTextRecursively().contains("Exceeds"));

		assertThat(view.submit.isEnabled()).as("billing would decline it").isFalse();
		view.submit();
		assertThat(view.result.getChildren()).as("nothing sent").isEmpty();
	}

	@Test
	void linesOverTheStockAreNotSent() {
		String sku = this.data.product("10.00", 2);
		NewOrderView view = newOrderFor(this.data.customer("1000000.00"));

		addLine(view, sku, 5);
		awaitScreen(() -> view.credit.getElement().getTextRecursively().contains("more than is available"));

		assertThat(view.submit.isEnabled()).isFalse();
	}

	@Test
	void aRefusalSaysWhyInTheUsersWordsWithTheMoneyFormatted() {
		NewOrderView view = navigate(NewOrderView.class);
		var declined = new Placement.Rejected(Placement.Reason.CREDIT_DECLINED,
				"The order total 500.00 KRW exceeds Hanbit's available credit of 100.00 KRW", List.of(),
				Map.of("availableCredit", new BigDecimal("100000.00")));
		var shortOfStock = new Placement.Rejected(Placement.Reason.OUT_OF_STOCK, "Not enough stock for ...", List.of(),
				Map.of("violations", List.of(Map.of("type", "STOCK", "subject", "SKU-1", "description", "requested 3"),
						Map.of("type", "STOCK", "subject", "SKU-2", "description", "requested 9"))));

		assertThat(PlacementOutcome.detail(declined, view, this.formats))
			.isEqualTo("The total is more than the customer’s available credit of ₩100,000.");
		assertThat(PlacementOutcome.detail(shortOfStock, view, this.formats))
			.isEqualTo("Not enough stock for SKU-1, SKU-2.");
	}

	@Test
	void inKoreanEveryOutcomeIsSaidInKoreanFromItsFactsNeverInTheBffsEnglish() {
		UI.getCurrent().setLocale(java.util.Locale.KOREAN);
		NewOrderView view = navigate(NewOrderView.class);
		var order = placeOne().order();
		var pending = new Placement.PlacedWithPendingSteps(order,
				List.of(new PendingStep(PendingStep.Step.ISSUE_INVOICE,
						"No invoice has been issued for this order yet. The reconciler ...")));
		var suspended = new Placement.Rejected(Placement.Reason.CUSTOMER_NOT_ACTIVE,
				"Hanbit is SUSPENDED and cannot order", List.of(),
				Map.of("customer", "Hanbit", "customerStatus", "SUSPENDED"));
		var badLines = new Placement.Rejected(Placement.Reason.INVALID, "The same product is on two lines",
				List.of(new InvalidField("lines[1].sku", "is already on an earlier line"),
						new InvalidField("lines[1].sku", "is blank"), new InvalidField("weird_field", "is wrong")),
				Map.of());
		var inactive = new Placement.Rejected(Placement.Reason.INVALID, "Product SKU-1 is not active", List.of(),
				Map.of(), ProblemType.PRODUCT_INACTIVE);
		var notPlaced = new Placement.NotPlaced("p-1",
				"catalog did not answer. Submitting again is safe: the order is never placed twice.",
				Placement.NotPlaced.Cause.NO_ANSWER, "catalog");

		assertThat(texts(pending, view)).containsExactly("주문 " + order.number() + "이(가) 접수되었지만 남은 단계가 있습니다:",
				"이 주문의 청구서가 아직 발행되지 않았습니다. 조정기가 몇 분 안에 스스로 마무리합니다.", "주문 " + order.number() + " 열기");
		assertThat(texts(suspended, view)).containsExactly("주문할 수 없는 고객입니다.",
				"Hanbit 고객은 정지 상태라 주문할 수 없습니다. 활성 고객만 주문할 수 있습니다.");
		assertThat(texts(badLines, view)).containsExactly("주문 내용이 올바르지 않습니다.", "다음을 고치세요: 주문 품목 2, 다른 항목");
		assertThat(texts(inactive, view)).containsExactly("주문 내용이 올바르지 않습니다.", "처리되지 않았습니다: 더 이상 판매하지 않는 상품이 있습니다.");
		assertThat(texts(notPlaced, view)).containsExactly("아직 접수되지 않았습니다: 서비스가 응답하지 않았습니다. 다시 제출해도 중복 주문되지 않습니다.",
				"catalog 서비스가 제시간에 응답하지 않았습니다.");
	}

	@Test
	void inEnglishARefusalsFieldsAreNamedByTheirLabelsNotByTheirPaths() {
		NewOrderView view = navigate(NewOrderView.class);
		var badLines = new Placement.Rejected(Placement.Reason.INVALID, "The same product is on two lines",
				List.of(new InvalidField("lines[1].sku", "is already on an earlier line")), Map.of());
		var expired = new Placement.Rejected(Placement.Reason.EXPIRED,
				"This order form was open too long and its stock was released; start a new order", List.of(), Map.of());

		assertThat(texts(badLines, view)).containsExactly("The order is not valid.", "Please correct: Order lines 2");
		assertThat(texts(expired, view)).containsExactly("The form was open too long.",
				"Its stock was released; start a new order.");
	}

	private List<String> texts(Placement placement, NewOrderView view) {
		return PlacementOutcome.describe(placement, view, this.formats)
			.stream()
			.map((Component shown) -> shown.getElement().getTextRecursively())
			.toList();
	}

	@Test
	void addingAProductAlreadyInTheOrderAddsToItsLine() {
		String sku = this.data.product("1250.00", 20);
		String other = this.data.product("10.00", 20);
		NewOrderView view = navigate(NewOrderView.class);

		addLine(view, sku, 2);
		addLine(view, other, 1);
		addLine(view, sku, 3);

		assertThat(view.lines.chosen()).extracting((l) -> l.product().sku() + " x" + l.quantity())
			.containsExactly(sku + " x5", other + " x1");
		assertThat(view.total.getText()).contains("6,260");
		assertThat(view.lines.quantity.isInvalid()).isFalse();
	}

	@Test
	void addingMoreThanALineTakesSaysSoAndChangesNothing() {
		String sku = this.data.product("1.00", 20_000);
		NewOrderView view = navigate(NewOrderView.class);
		addLine(view, sku, 9_999);

		addLine(view, sku, 2);

		assertThat(view.lines.chosen()).extracting(OrderLinesEditor.Line::quantity).containsExactly(9_999);
		assertThat(view.lines.quantity.isInvalid()).isTrue();
		assertThat(view.lines.quantity.getErrorMessage())
			.isEqualTo("The order already has 9,999 of this product, and a line takes at most 10,000.");
		assertThat(view.lines.quantity.getValue()).as("what the user typed stays, to correct it").isEqualTo(2);
	}

	@Test
	void enterInQuantityAddsTheLine() {
		String sku = this.data.product("1250.00", 20);
		NewOrderView view = navigate(NewOrderView.class);

		view.lines.product.setValue(this.catalog.product(sku).block());
		view.lines.quantity.setValue(4);
		// Browserless's own key event, with the shortcut's filter, sent from the field.
		com.vaadin.browserless.internal.ShortcutsKt._fireShortcut(view.lines.quantity, Key.ENTER);

		assertThat(view.lines.chosen()).extracting((l) -> l.product().sku() + " x" + l.quantity())
			.containsExactly(sku + " x4");
		assertThat(view.lines.quantity.getValue()).as("ready for the next line").isEqualTo(1);
	}

	/** Opens the new-order form with this customer picked. */
	private NewOrderView newOrderFor(UUID customerId) {
		NewOrderView view = navigate(NewOrderView.class);
		view.customer.setValue(customer(customerId));
		return view;
	}

	private void addLine(NewOrderView view, String sku, int quantity) {
		view.lines.product.setValue(this.catalog.product(sku).block());
		view.lines.quantity.setValue(quantity);
		test(view.lines.add).click();
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
