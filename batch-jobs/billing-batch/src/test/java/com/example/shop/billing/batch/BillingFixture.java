package com.example.shop.billing.batch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers, invoices and payments written straight into the billing database. */
public final class BillingFixture {

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private final JdbcClient jdbc;

	public BillingFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID customer(String name) {
		UUID id = UUID.nameUUIDFromBytes(name.getBytes());
		this.jdbc.sql("""
				insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status, created_at,
				    updated_at, version)
				values (:id, :name, 'ap@example.com', 'KRW', 1000000.00, 30, 'ACTIVE', now(), now(), 0)""")
			.param("id", id)
			.param("name", name)
			.update();
		return id;
	}

	/**
	 * An invoice issued on {@code issued}, due {@code due}, in {@code status}, changed
	 * last at {@code updatedAt}.
	 */
	public UUID invoice(UUID customer, String amount, LocalDate issued, LocalDate due, String status, String paid,
			Instant updatedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
				    issue_date, due_date, created_at, updated_at, version)
				values (:id, :number, :order, :customer, :status, 'KRW', :amount, :paid, :issued, :due, :at, :at, 0)""")
			.param("id", id)
			.param("number", "INV-T%05d".formatted(NUMBERS.incrementAndGet()))
			.param("order", UUID.randomUUID())
			.param("customer", customer)
			.param("status", status)
			.param("amount", new BigDecimal(amount))
			.param("paid", new BigDecimal(paid))
			.param("issued", issued)
			.param("due", due)
			.param("at", updatedAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	public void payment(UUID invoice, String amount, Instant receivedAt, String reference) {
		this.jdbc.sql("""
				insert into payment (id, invoice_id, amount, currency, method, reference, received_at)
				values (:id, :invoice, :amount, 'KRW', 'BANK_TRANSFER', :reference, :at)""")
			.param("id", UUID.randomUUID())
			.param("invoice", invoice)
			.param("amount", new BigDecimal(amount))
			.param("reference", reference)
			.param("at", receivedAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	public List<Map<String, Object>> rows(String sql) {
		return this.jdbc.sql(sql).query().listOfRows();
	}

}
