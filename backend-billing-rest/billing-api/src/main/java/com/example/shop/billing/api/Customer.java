package com.example.shop.billing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer account as the API shows it. Its {@code version} is also its {@code ETag}.
 *
 * @param id the customer id (orders keep it with a snapshot of the name)
 * @param name the company name
 * @param email the accounts-payable contact
 * @param currency the currency the customer is billed in (the business currency)
 * @param creditLimit how much the customer may owe at once
 * @param paymentTermsDays days from an invoice's issue date to its due date
 * @param status whether the customer may buy on credit
 * @param createdAt when the account was opened
 * @param updatedAt when it last changed
 * @param version the optimistic concurrency version
 */
public record Customer(UUID id, String name, String email, String currency, Money creditLimit, int paymentTermsDays,
		CustomerStatus status, Instant createdAt, Instant updatedAt, long version) {
}
