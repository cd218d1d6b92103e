package com.example.shop.bff.billing;

import java.time.Instant;
import java.util.UUID;

import com.example.shop.bff.Money;

/**
 * A customer's account. Customers live in billing only; orders keep a snapshot of the
 * name.
 *
 * @param id the customer id
 * @param name the name
 * @param email where invoices go
 * @param currency the currency the account is kept in
 * @param creditLimit how much may be open at once
 * @param paymentTermsDays days from issue to due
 * @param status whether the customer may order
 * @param createdAt when the account was opened
 * @param updatedAt when it last changed
 * @param version the version a change must name
 */
public record Customer(UUID id, String name, String email, String currency, Money creditLimit, int paymentTermsDays,
		CustomerStatus status, Instant createdAt, Instant updatedAt, long version) {
}
