package com.example.shop.ui.order;

import java.time.Instant;
import java.util.UUID;

import com.example.shop.bff.Money;
import com.example.shop.bff.order.Order;
import com.example.shop.bff.order.OrderStatus;

/**
 * What a row of the order list shows and opens: the order without its lines, actions and
 * saga. A grid keeps its page's rows for as long as the tab is open, so a page of fifty
 * full orders would cost every open list tens of kilobytes (ui-app/README.md, "Memory per
 * session").
 *
 * @param id the order's id, which the row opens
 * @param number its number
 * @param customerName its customer's name
 * @param status its status
 * @param total its total
 * @param placedAt when it was placed
 */
public record OrderRow(UUID id, String number, String customerName, OrderStatus status, Money total, Instant placedAt) {

	static OrderRow of(Order order) {
		return new OrderRow(order.id(), order.number(), order.customerName(), order.status(), order.total(),
				order.placedAt());
	}

}
