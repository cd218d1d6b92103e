package com.example.shop.localrun.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import com.example.shop.localrun.JdbcDemoSeeder;
import com.example.shop.localrun.demo.DemoCustomers;
import com.example.shop.localrun.demo.DemoInvoices;
import com.example.shop.localrun.demo.DemoOrders;

/**
 * Loads {@link DemoCustomers} and {@link DemoInvoices} (one invoice per demo order, with
 * its payments) into the billing database once the billing service has migrated it.
 * Idempotent: rows are keyed by their stable ids, so a restart or a second run adds
 * nothing, and an invoice's payments are only added together with the invoice, so its
 * paid amount always equals the sum of its payments. Loaded with SQL rather than the API
 * because the demo needs invoices issued and paid on past days.
 */
public final class BillingDemoSeeder extends JdbcDemoSeeder {

	public BillingDemoSeeder(DataSource dataSource, LocalDate today, ZoneId zone) {
		super(dataSource, today, zone);
	}

	@Override
	protected String load(Connection connection) throws SQLException {
		List<DemoCustomers.Customer> customers = DemoCustomers.all();
		List<DemoInvoices.Invoice> invoices = DemoInvoices.generate(today(), zone());
		int newCustomers = insertCustomers(connection, customers);
		int newInvoices = 0;
		int newPayments = 0;
		try (PreparedStatement invoice = connection.prepareStatement("""
				insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
				    issue_date, due_date, void_reason, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, 'KRW', ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing"""); PreparedStatement payment = connection.prepareStatement("""
				insert into payment (id, invoice_id, amount, currency, method, reference, received_at)
				values (?, ?, ?, 'KRW', ?, ?, ?)
				on conflict (id) do nothing""")) {
			for (DemoInvoices.Invoice i : invoices) {
				invoice.setObject(1, i.id());
				invoice.setString(2, i.number());
				invoice.setObject(3, i.orderId());
				invoice.setObject(4, i.customerId());
				invoice.setString(5, i.status());
				invoice.setBigDecimal(6, i.amount());
				invoice.setBigDecimal(7, i.paidAmount());
				invoice.setObject(8, i.issueDate());
				invoice.setObject(9, i.dueDate());
				invoice.setString(10, i.voidReason());
				invoice.setObject(11, utc(i.createdAt()));
				invoice.setObject(12, utc(i.updatedAt()));
				invoice.setLong(13, i.version());
				if (invoice.executeUpdate() == 0) {
					// Present already (an earlier run): its payments came with it.
					continue;
				}
				newInvoices++;
				for (DemoInvoices.Payment p : i.payments()) {
					payment.setObject(1, p.id());
					payment.setObject(2, p.invoiceId());
					payment.setBigDecimal(3, p.amount());
					payment.setString(4, p.method());
					payment.setString(5, p.reference());
					payment.setObject(6, utc(p.receivedAt()));
					newPayments += payment.executeUpdate();
				}
			}
		}
		numberAfter(connection, "invoice_number_seq", DemoOrders.COUNT);
		if (newCustomers == 0 && newInvoices == 0) {
			return "%d demo customers and %d demo invoices already present".formatted(customers.size(),
					invoices.size());
		}
		return "%d demo customers, %d demo invoices and %d payments loaded".formatted(newCustomers, newInvoices,
				newPayments);
	}

	private int insertCustomers(Connection connection, List<DemoCustomers.Customer> customers) throws SQLException {
		// Accounts were opened well before the demo's first order.
		OffsetDateTime opened = today().minusDays(120).atTime(LocalTime.of(9, 0)).atZone(zone()).toOffsetDateTime();
		int inserted = 0;
		try (PreparedStatement customer = connection.prepareStatement("""
				insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status,
				    created_at, updated_at, version)
				values (?, ?, ?, 'KRW', ?, ?, ?, ?, ?, 0)
				on conflict (id) do nothing""")) {
			for (DemoCustomers.Customer c : customers) {
				customer.setObject(1, c.id());
				customer.setString(2, c.name());
				customer.setString(3, c.email());
				customer.setBigDecimal(4, c.creditLimit());
				customer.setInt(5, c.paymentTermsDays());
				customer.setString(6, c.status());
				customer.setObject(7, opened);
				customer.setObject(8, opened);
				inserted += customer.executeUpdate();
			}
		}
		return inserted;
	}

}
