package com.example.shop.billing.api;

import java.util.List;

/**
 * An entity's audit trail, newest first.
 *
 * @param items at most the {@code size} asked for (50 by default, 100 at most)
 */
public record AuditTrail(List<AuditEntry> items) {
}
