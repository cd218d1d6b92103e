package com.example.shop.orders.api;

import java.time.Instant;
import java.util.List;

/**
 * One change to an order, as its audit trail records it.
 *
 * @param at when the change was made: the instant it stamped as the order's
 * {@code updatedAt}
 * @param actor who made it: the access token's subject (the person; {@code ui-app} for
 * the BFF's own work, such as its reconciler finishing a cancellation), or the batch
 * application that made it
 * @param action what was done, an upper-case verb in the past tense: {@code PLACED},
 * {@code CONFIRMED}, {@code SHIPPED}, {@code DELIVERED}, {@code CANCELLATION_REQUESTED}
 * (the order is CANCELLING), {@code CANCELLED}, {@code CANCELLATION_REVERTED} (its
 * invoice could not be voided, so it went back); clients show an action they do not know
 * as it is
 * @param detail one line a person reads (for example {@code 2 lines, total 59.98 KRW} or
 * {@code reason: customer asked}), at most 500 characters; may be empty; in English, for
 * logs and for entries without {@code changes}
 * @param changes what changed, field by field, for clients to show in their user's
 * language; absent on entries recorded before entries kept them, which only their detail
 * describes
 */
public record AuditEntry(Instant at, String actor, String action, String detail, List<AuditChange> changes) {
}
