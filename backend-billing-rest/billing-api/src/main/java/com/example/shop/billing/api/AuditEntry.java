package com.example.shop.billing.api;

import java.time.Instant;
import java.util.List;

/**
 * One change in an invoice's or a customer's audit trail.
 *
 * @param at when the change was made (the instant it stamped as the entity's
 * {@code updatedAt})
 * @param actor who made it: the token's subject (the person; {@code ui-app} for the UI's
 * own work), or {@code billing-batch}
 * @param action what was done, an UPPER_SNAKE verb in the past tense: for an invoice
 * {@code ISSUED}, {@code PAYMENT_RECORDED}, {@code VOIDED}, {@code MARKED_OVERDUE}; for a
 * customer {@code CREATED}, {@code UPDATED}, {@code SUSPENDED}, {@code REACTIVATED}
 * @param detail one line a person reads (at most 500 characters), e.g.
 * {@code payment 120.00 KRW by CARD, reference X-1; settled, paid in full}; in English,
 * for logs and for entries without {@code changes}
 * @param changes what changed, field by field, for clients to show in their user's
 * language (empty when an edit changed nothing); absent on entries recorded before
 * entries kept them, which only their detail describes
 */
public record AuditEntry(Instant at, String actor, String action, String detail, List<AuditChange> changes) {
}
