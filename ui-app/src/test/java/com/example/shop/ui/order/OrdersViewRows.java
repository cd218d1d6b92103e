package com.example.shop.ui.order;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.order.OrderStatus;
import com.example.shop.ui.base.Pages;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;

/**
 * The first page of rows an order list shows, for tests of other views that lead to it
 * (the view itself is package-private).
 */
public final class OrdersViewRows {

	private final List<OrderRow> rows;

	/**
	 * @param view what the router shows, which must be the order list
	 */
	@SuppressWarnings("unchecked")
	public OrdersViewRows(HasElement view) {
		this.rows = ((DataProvider<OrderRow, Object>) ((OrdersView) view).grid.getDataProvider())
			.fetch(new Query<>(0, Pages.SIZE, List.of(), null, null))
			.toList();
	}

	public List<OrderStatus> statuses() {
		return this.rows.stream().map(OrderRow::status).toList();
	}

	public List<UUID> ids() {
		return this.rows.stream().map(OrderRow::id).toList();
	}

}
