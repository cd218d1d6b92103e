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
				bind(invoice, i.id(), i.number(), i.orderId(), i.customerId(), i.status(), i.amount(), i.paidAmount(),
						i.issueDate(), i.dueDate(), i.voidReason(), utc(i.createdAt()), utc(i.updatedAt()),
						i.version());
				if (invoice.executeUpdate() == 0) {
					// Present already (an earlier run): its payments came with it.
					continue;
				}
				newInvoices++;
				for (DemoInvoices.Payment p : i.payments()) {
					bind(payment, p.id(), p.invoiceId(), p.amount(), p.method(), p.reference(), utc(p.receivedAt()));
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
				bind(customer, c.id(), c.name(), c.email(), c.creditLimit(), c.paymentTermsDays(), c.status(), opened,
						opened);
				inserted += customer.executeUpdate();
			}
		}
		return inserted;
	}

}
