package com.example.shop.bff.dashboard;

import java.time.LocalDate;

import com.example.shop.bff.Part;
import com.example.shop.bff.billing.ReceivablesSummary;
import com.example.shop.bff.catalog.ProductPage;
import com.example.shop.bff.order.OrderStats;

/**
 * The dashboard: each panel from its own backend, each possibly unavailable on its own.
 *
 * @param from first business day of the order figures
 * @param to last business day of the order figures
 * @param orders order counts by status and revenue per day
 * @param receivables open, overdue and paid amounts with ageing
 * @param lowStock active products at or below the low-stock threshold, lowest first
 */
public record Dashboard(LocalDate from, LocalDate to, Part<OrderStats> orders, Part<ReceivablesSummary> receivables,
		Part<ProductPage> lowStock) {
}
