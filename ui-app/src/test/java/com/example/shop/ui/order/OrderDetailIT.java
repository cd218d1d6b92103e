package com.example.shop.ui.order;

import java.util.List;
import java.util.Locale;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderAction;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.order.Placement;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.bff.support.TestData;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "sales", roles = "SALES")
class OrderDetailIT extends UiIntegrationTest {

	private static final List<String> ACTIONS = List.of("Confirm", "Ship", "Deliver", "Cancel order");

	@Autowired
	OrderDeskService desk;

	@Test
	void theViewOffersExactlyTheActionsOrdersAllowsNow() {
		Order placed = placeOne().order();
		Order confirmed = this.desk.act(placed.id(), OrderAction.CONFIRM, placed.version()).block();
		Order shipped = this.desk.act(confirmed.id(), OrderAction.SHIP, confirmed.version()).block();
		Order other = placeOne().order();

		navigate(OrderDetailView.class, shipped.id().toString());
		awaitScreen(() -> status().contains("Shipped"));
		List<String> whileShipped = actions();
		navigate(OrderDetailView.class, other.id().toString());
		awaitScreen(() -> status().contains("Placed"));

		assertThat(whileShipped).containsExactly("Deliver");
		assertThat(actions()).containsExactly("Confirm", "Cancel order");
	}

	@Test
	void anUnfinishedPlacementShowsItsPendingStepsAndWhoFinishesThem() {
		java.util.UUID orderId = this.data.unfinishedOrder();

		navigate(OrderDetailView.class, orderId.toString());
		awaitScreen(() -> !$(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).all()
			.stream()
			.filter((row) -> row.hasClassName("pending-step"))
			.toList()
			.isEmpty());

		var rows = $(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).all()
			.stream()
			.filter((row) -> row.hasClassName("pending-step"))
			.toList();
		assertThat(rows).extracting((row) -> row.getElement().getAttribute("data-step"))
			.containsExactly("CONFIRM_STOCK", "ISSUE_INVOICE");
		assertThat(rows).extracting((row) -> row.getElement().getAttribute("data-finished-by"))
			.containsOnly("RECONCILER");
		assertThat($(Span.class).all().stream().map(Span::getText))
			.contains("The reconciler finishes this on its own within minutes.");
		assertThat(actions()).as("a placed order can still be cancelled").contains("Cancel order");
	}

	@Test
	void inKoreanThePendingStepsAreSaidInKoreanFromTheStepsNotInTheBffsEnglish() {
		java.util.UUID orderId = this.data.unfinishedOrder();
		UI.getCurrent().setLocale(Locale.KOREAN);

		navigate(OrderDetailView.class, orderId.toString());
		awaitScreen(() -> !pendingRows().isEmpty());

		assertThat(pendingRows()).extracting((row) -> ((Span) row.getChildren().findFirst().orElseThrow()).getText())
			.containsExactly("이 주문의 재고는 예약되었지만 아직 확정되지 않았습니다.", "이 주문의 청구서가 아직 발행되지 않았습니다.");
		assertThat(pendingRows()).extracting((row) -> row.getElement().getTextRecursively())
			.allSatisfy((text) -> assertThat(text).contains("조정기가 몇 분 안에 스스로 마무리합니다.")
				.doesNotContain("reconciler", "The stock is reserved", "No invoice"));
	}

	@Test
	void inKoreanAPaidOrderThatCannotBeCancelledSaysWhyInKoreanWithItsStatusAsItsBadgeSaysIt() {
		Placement.Placed placed = placeOne();
		this.data.pay(placed.invoice().id().toString(), "100.00");
		UI.getCurrent().setLocale(Locale.KOREAN);
		navigate(OrderDetailView.class, placed.order().id().toString());
		awaitScreen(() -> status().equals("접수"));

		test(actionButton("주문 취소")).click();
		test($(Button.class).id("cancel-order-confirm")).click();
		awaitScreen(() -> !notices().isEmpty());

		assertThat(notices())
			.containsExactly("주문 " + placed.order().number() + "의 청구서에 결제가 있어 더 이상 취소할 수 없습니다. 주문은 접수 상태로 남습니다.");
		assertThat(this.data.order(placed.order().id()).path("status").asString()).isEqualTo("PLACED");
	}

	@Test
	void inKoreanCancellingWhileOrdersIsDownSaysNothingChangedInKoreanNamingTheService() {
		Order placed = placeOne().order();
		UI.getCurrent().setLocale(Locale.KOREAN);
		navigate(OrderDetailView.class, placed.id().toString());
		awaitScreen(() -> status().equals("접수"));
		this.backends.orders.refuse();

		test(actionButton("주문 취소")).click();
		test($(Button.class).id("cancel-order-confirm")).click();
		awaitScreen(() -> !notices().isEmpty());

		assertThat(notices()).first()
			.isEqualTo("주문 " + placed.number() + "이(가) 취소되지 않았습니다: orders 서비스가 응답하지 않았습니다. 변경된 것은 없으니 잠시 후 다시 시도하세요.");
		assertThat(notices()).noneMatch((notice) -> notice.contains("nothing was changed"));
	}

	@Test
	void cancellingADemoOrderCancelsItAndSaysSoWithNothingLeft() {
		java.util.UUID customer = this.data.customer("1000000.00");
		String sku = this.data.product("100.00", 10);
		TestData.DemoOrder demo = this.data.demoOrder(customer, sku, 2, "PLACED");
		navigate(OrderDetailView.class, demo.id().toString());
		awaitScreen(() -> status().equals("Placed"));

		test(actionButton("Cancel order")).click();
		test($(Button.class).id("cancel-order-confirm")).click();
		awaitScreen(() -> !notices().isEmpty() && !status().equals("Placed"));

		assertThat(notices()).containsExactly("Order " + demo.number() + " is cancelled.");
		assertThat(status()).isEqualTo("Cancelled");
		assertThat(pendingRows()).isEmpty();
		assertThat(this.data.product(sku).getStockOnHand()).as("its stock went back").isEqualTo(12);
	}

	@Test
	void cancellingWhileTheCatalogIsDownNamesTheStepLeftAndThePageShowsIt() {
		Order placed = placeOne().order();
		navigate(OrderDetailView.class, placed.id().toString());
		awaitScreen(() -> status().equals("Placed"));
		this.backends.catalog.refuse();

		test(actionButton("Cancel order")).click();
		test($(Button.class).id("cancel-order-confirm")).click();
		awaitScreen(() -> !notices().isEmpty() && status().equals("Cancelled") && !pendingRows().isEmpty());

		assertThat(notices()).as("the notice names what is left instead of pointing elsewhere")
			.containsExactly("Order " + placed.number() + " is cancelled; left to do: Release the stock.");
		assertThat(pendingRows()).extracting((row) -> row.getElement().getAttribute("data-step"))
			.containsExactly("RELEASE_STOCK");
	}

	@Test
	void theCancelDialogStartsInTheReasonFieldAndEnterThereCancelsNothing() {
		Order placed = placeOne().order();
		navigate(OrderDetailView.class, placed.id().toString());
		awaitScreen(() -> status().equals("Placed"));

		test(actionButton("Cancel order")).click();
		Dialog dialog = $(Dialog.class).single();
		TextField reason = $(TextField.class).all()
			.stream()
			.filter((field) -> "Reason for cancelling".equals(field.getLabel()))
			.findFirst()
			.orElseThrow();
		Button destructive = $(Button.class).id("cancel-order-confirm");
		com.vaadin.browserless.internal.ShortcutsKt._fireShortcut(reason, Key.ENTER);
		runPendingUiTasks();

		assertThat(reason.isAutofocus()).as("the focus starts in the reason field").isTrue();
		assertThat(destructive.isAutofocus()).isFalse();
		assertThat($(ConfirmDialog.class).all()).as("a ConfirmDialog focuses its confirm button").isEmpty();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(status()).isEqualTo("Placed");
		assertThat(this.data.order(placed.id()).path("status").asString()).isEqualTo("PLACED");
	}

	private Button actionButton(String text) {
		return $(Button.class).all().stream().filter((b) -> text.equals(b.getText())).findFirst().orElseThrow();
	}

	private List<String> notices() {
		return $(Notification.class).all().stream().map((notice) -> test(notice).getText()).toList();
	}

	private List<com.vaadin.flow.component.orderedlayout.HorizontalLayout> pendingRows() {
		return $(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).all()
			.stream()
			.filter((row) -> row.hasClassName("pending-step"))
			.toList();
	}

	private String status() {
		return $(Span.class).withId("order-status").all().stream().map(Span::getText).findFirst().orElse("");
	}

	private List<String> actions() {
		return $(Button.class).all().stream().map(Button::getText).filter(ACTIONS::contains).toList();
	}

}
