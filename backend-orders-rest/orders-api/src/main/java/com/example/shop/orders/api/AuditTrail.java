package com.example.shop.orders.api;

import java.util.List;

/**
 * An order's audit trail: its most recent changes, newest first ({@code GET
 * /api/v1/orders/{id}/audit?size=}).
 *
 * @param items at most {@code size} entries (50 by default, at most 100), newest first
 */
public record AuditTrail(List<AuditEntry> items) {
}
