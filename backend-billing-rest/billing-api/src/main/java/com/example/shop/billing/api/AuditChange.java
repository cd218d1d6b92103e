package com.example.shop.billing.api;

/**
 * One field an audited change changed, as data a client shows in its user's language.
 *
 * @param field a stable key naming the field: for a customer {@code status},
 * {@code name}, {@code email}, {@code creditLimit}, {@code paymentTermsDays}; for an
 * invoice {@code status}, {@code amount}, {@code dueDate}, {@code outstanding},
 * {@code voidReason}; clients show a field they do not know by its key
 * @param kind how to read the values: {@code MONEY} (a decimal string, in
 * {@code currency}), {@code NUMBER} (a whole number, in {@code unit}), {@code TEXT} (as
 * entered), {@code STATUS} (the status's name: {@code CustomerStatus} on a customer,
 * {@code InvoiceStatus} on an invoice), {@code DATE} (ISO-8601)
 * @param before the value before; absent when the change set it first (a customer opened,
 * an invoice issued)
 * @param after the value after
 * @param currency the ISO 4217 code of a {@code MONEY} value, else absent
 * @param unit the unit of a {@code NUMBER} ({@code days}), else absent
 */
public record AuditChange(String field, String kind, String before, String after, String currency, String unit) {
}
