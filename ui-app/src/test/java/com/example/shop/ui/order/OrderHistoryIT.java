package com.example.shop.ui.order;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderAction;
import com.example.shop.bff.order.OrderDeskService;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.AuditTrailPanel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The order's history on its page, asked for when opened. */
class OrderHistoryIT extends UiIntegrationTest {

	@Autowired
	OrderDeskService desk;

	@Test
	@SignedIn(value = "ada", roles = "ADMIN")
	void anAdminOpensTheHistoryAndSeesWhoMovedTheOrder() {
		Order placed = placeOne().order();
		this.desk.act(placed.id(), OrderAction.CONFIRM, placed.version()).block();

		navigate(OrderDetailView.class, placed.id().toString());
		awaitScreen(() -> $(AuditTrailPanel.class).exists());
		AuditTrailPanel history = $(AuditTrailPanel.class).single();
		assertThat(history.isOpened()).as("closed until asked").isFalse();
		history.setOpened(true);
		awaitScreen(() -> !historyRows(history).isEmpty());

		assertThat(historyRows(history)).extracting(AuditTrail.Entry::action).containsExactly("CONFIRMED", "PLACED");
		assertThat(historyRows(history)).extracting(AuditTrail.Entry::actor).containsOnly("ada");
	}

	@Test
	@SignedIn(value = "sales", roles = "SALES")
	void salesSeeTheHistoryOfAnOrderTheyPlaced() {
		Order placed = placeOne().order();

		navigate(OrderDetailView.class, placed.id().toString());
		awaitScreen(() -> $(AuditTrailPanel.class).exists());
		AuditTrailPanel history = $(AuditTrailPanel.class).single();
		history.setOpened(true);
		awaitScreen(() -> !historyRows(history).isEmpty());

		assertThat(historyRows(history)).extracting(AuditTrail.Entry::actor).containsExactly("sales");
	}

}
