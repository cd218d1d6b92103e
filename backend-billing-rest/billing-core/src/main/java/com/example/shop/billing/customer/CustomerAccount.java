package com.example.shop.billing.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import com.example.shop.billing.api.CustomerStatus;

/**
 * A customer account: who is billed, how much they may owe at once, and how long they
 * have to pay. Immutable; a change returns the next version.
 *
 * @param id the id
 * @param name the company name
 * @param email the accounts-payable contact
 * @param currency the currency the customer is billed in
 * @param creditLimit how much the customer may owe at once
 * @param paymentTermsDays days from an invoice's issue date to its due date
 * @param status whether the customer may buy on credit
 * @param createdAt when the account was opened
 * @param updatedAt when it last changed
 * @param version the optimistic concurrency version
 */
public record CustomerAccount(UUID id, String name, String email, Currency currency, BigDecimal creditLimit,
		int paymentTermsDays, CustomerStatus status, Instant createdAt, Instant updatedAt, long version) {

	static CustomerAccount open(UUID id, String name, String email, Currency currency, BigDecimal creditLimit,
			int paymentTermsDays, Instant at) {
		return new CustomerAccount(id, name.strip(), email.strip(), currency, creditLimit, paymentTermsDays,
				CustomerStatus.ACTIVE, at, at, 0);
	}

	/**
	 * The due date of an invoice issued on {@code issueDate}, by this customer's terms.
	 */
	public LocalDate dueDateFor(LocalDate issueDate) {
		return issueDate.plusDays(this.paymentTermsDays);
	}

	/** Whether the customer may buy on credit at all. */
	public boolean active() {
		return this.status == CustomerStatus.ACTIVE;
	}

	CustomerAccount changedTo(String name, String email, BigDecimal creditLimit, int paymentTermsDays,
			CustomerStatus status, Instant at) {
		return new CustomerAccount(this.id, name.strip(), email.strip(), this.currency, creditLimit, paymentTermsDays,
				status, this.createdAt, at, this.version + 1);
	}

}
