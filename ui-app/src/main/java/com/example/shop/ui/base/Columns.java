package com.example.shop.ui.base;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;

/** Grid columns that look the same in every grid. */
public final class Columns {

	private Columns() {
	}

	/**
	 * A column of figures (amounts, counts, balances): aligned at the end, so the digits
	 * of the rows line up, and as wide as its figures need (never cut). A column that
	 * should not take a share of the width left over sets its flex grow to 0.
	 * @param header the header's translation key
	 * @param value the figure a row shows, as formatted for the user
	 */
	public static <T> Grid.Column<T> figure(Grid<T> grid, String header, ValueProvider<T, ?> value) {
		return grid.addColumn(value)
			.setHeader(grid.getTranslation(header))
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
	}

}
