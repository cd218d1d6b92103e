package com.example.shop.ui.dashboard;

import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@SignedIn(value = "sales", roles = "SALES")
class DashboardIT extends UiIntegrationTest {

	@Test
	void everyPanelDrawsItsChart() {
		this.data.product("10.00", 1);
		reopen();

		navigate(DashboardView.class);
		awaitScreen(() -> panel("revenue") != null);

		assertThat($(Svg.class, panel("revenue")).all()).hasSize(1);
		assertThat($(Svg.class, panel("status")).all()).hasSize(1);
		assertThat($(Svg.class, panel("ageing")).all()).hasSize(1);
		assertThat($(Svg.class, panel("low-stock")).all()).hasSize(1);
		assertThat($(Unavailable.class).all()).isEmpty();
	}

	@Test
	void withBillingDownOnlyTheReceivablesPanelSaysUnavailable() {
		this.backends.billing.refuse();
		reopen();

		navigate(DashboardView.class);
		awaitScreen(() -> panel("ageing") != null);

		assertThat($(Unavailable.class, panel("ageing")).single().getText()).contains("billing");
		assertThat($(Svg.class, panel("revenue")).all()).hasSize(1);
		assertThat($(Svg.class, panel("status")).all()).hasSize(1);
		assertThat($(Unavailable.class, panel("revenue")).all()).isEmpty();
	}

	private Div panel(String id) {
		return $(Div.class).withId("panel-" + id).all().stream().findFirst().orElse(null);
	}

}
