package com.example.shop.ui.order;

import com.example.shop.bff.order.Order;
import com.example.shop.bff.support.SignedIn;
import com.example.shop.ui.UiIntegrationTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Truncation in the right place: in the order pages' grids a product's name or what is
 * left to do takes the width that is left and wraps, while SKUs, figures, states and
 * times are exactly as wide as they need, never cut.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class GridColumnsIT extends UiIntegrationTest {

	@Test
	void theOrderLinesWrapTheNameAndKeepTheFiguresWhole() {
		Order placed = placeOne().order();

		navigate(OrderDetailView.class, placed.id().toString());
		awaitScreen(() -> $(OrderLinesGrid.class).exists());

		wrapsTextAndSizesFigures($(OrderLinesGrid.class).single());
	}

	@Test
	void theNewOrderLinesAndTheAttentionListDoTheSame() {
		NewOrderView newOrder = navigate(NewOrderView.class);
		wrapsTextAndSizesFigures(newOrder.lines.grid);

		wrapsTextAndSizesFigures(navigate(AttentionView.class).grid);
	}

	private static void wrapsTextAndSizesFigures(Grid<?> grid) {
		assertThat(grid.getThemeNames()).as("long text wraps").contains("wrap-cell-content");
		assertThat(grid.getColumns()).as("some column takes the width that is left")
			.anyMatch((column) -> column.getFlexGrow() > 0);
		assertThat(grid.getColumns()).as("the others are as wide as their content, not stretched")
			.filteredOn((column) -> column.getFlexGrow() == 0)
			.allMatch(Grid.Column::isAutoWidth)
			.hasSizeGreaterThanOrEqualTo(3);
	}

}
