package com.example.shop.orders.api;

/**
 * One field an audited change changed, as data a client shows in its user's language.
 *
 * @param field a stable key naming the field: {@code status}, {@code total} (when
 * placed), {@code cancellationReason} (when a cancellation was asked for); clients show a
 * field they do not know by its key
 * @param kind how to read the values: {@code MONEY} (a decimal string, in
 * {@code currency}), {@code NUMBER} (a whole number, in {@code unit}), {@code TEXT} (as
 * entered), {@code STATUS} (an {@code OrderStatus} name), {@code DATE} (ISO-8601)
 * @param before the value before; absent when the change set it first (an order placed)
 * @param after the value after
 * @param currency the ISO 4217 code of a {@code MONEY} value, else absent
 * @param unit the unit of a {@code NUMBER}, else absent
 */
public record AuditChange(String field, String kind, String before, String after, String currency, String unit) {
}
