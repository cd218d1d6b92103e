package com.example.shop.ui.order;

import java.util.Map;

import com.example.shop.bff.Part;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderLine;
import com.example.shop.ui.base.Columns;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.Unavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

/**
 * An order's lines as ordered, with what the catalog can still sell of each today when it
 * answered.
 */
final class OrderLinesGrid extends Grid<OrderLine> {

	private OrderLinesGrid(Order order, Part<Map<String, Product>> products, Formats formats) {
		super(OrderLine.class, false);
		// The product's name takes the width that is left and wraps; the figures and the
		// SKU are as wide as they need, never cut.
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		addColumn(OrderLine::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
		addColumn(OrderLine::productName).setHeader(getTranslation("product.name")).setFlexGrow(4);
		Columns.figure(this, "order.quantity", (l) -> formats.number(l.quantity())).setFlexGrow(0);
		Columns.figure(this, "order.unit-price", (l) -> formats.money(l.unitPrice())).setFlexGrow(0);
		Columns.figure(this, "order.line-total", (l) -> formats.money(l.lineTotal())).setFlexGrow(0);
		if (products instanceof Part.Available<Map<String, Product>> available) {
			Columns.figure(this, "product.available", (l) -> {
				Product product = available.value().get(l.sku());
				return (product != null) ? formats.number(product.available()) : "";
			}).setFlexGrow(0);
		}
		setItems(order.lines());
		setAllRowsVisible(true);
	}

	/** The lines, with a note below them when the catalog could not answer. */
	static Component of(Order order, Part<Map<String, Product>> products, Formats formats) {
		OrderLinesGrid grid = new OrderLinesGrid(order, products, formats);
		return (products instanceof Part.Unavailable<Map<String, Product>> unavailable)
				? new Div(grid, new Unavailable(unavailable)) : grid;
	}

}
