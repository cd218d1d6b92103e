package com.example.shop.billing.audit;

import java.time.Instant;
import java.util.List;

import com.example.shop.support.audit.AuditChange;

/**
 * One entry of an entity's audit trail, as stored.
 *
 * @param at when the change was made: the instant it stamped as the entity's
 * {@code updatedAt}
 * @param actor who made it: the token's subject, or {@code billing-batch}
 * @param action what was done, an UPPER_SNAKE verb in the past tense
 * ({@link AuditAction})
 * @param detail one line a person reads, at most
 * {@link com.example.shop.support.audit.AuditText#MAX_LENGTH} characters
 * @param changes what changed, as data; {@code null} for an entry recorded before entries
 * kept them (issue 15)
 */
public record AuditRecord(Instant at, String actor, String action, String detail, List<AuditChange> changes) {
}
