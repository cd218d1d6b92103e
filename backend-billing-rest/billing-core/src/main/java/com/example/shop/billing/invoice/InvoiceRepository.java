package com.example.shop.billing.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.PaymentMethod;
import com.example.shop.support.data.NumberSequence;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.data.PersonSearch;
import com.example.shop.support.data.SqlTable;
import com.example.shop.support.data.Where;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.example.shop.support.data.SqlTable.utc;

/** Invoices and their payments in PostgreSQL, with plain SQL. */
@Repository
class InvoiceRepository {

	/**
	 * The status an invoice has on {@code :today}, as SQL: the same rule as
	 * {@link CustomerInvoice#statusOn}.
	 */
	static final String STATUS_TODAY = "(case when status = 'OPEN' and due_date < cast(:today as date) "
			+ "then 'OVERDUE' else status end)";

	private final JdbcClient jdbc;

	private final SqlTable invoices;

	private final SqlTable payments;

	private final NumberSequence numbers;

	InvoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.invoices = new SqlTable(jdbc, "invoice", """
				id, number, order_id, customer_id, status, currency, amount, paid_amount, issue_date, due_date,
				void_reason, created_at, updated_at, version""");
		this.payments = new SqlTable(jdbc, "payment",
				"id, invoice_id, amount, currency, method, reference, received_at");
		this.numbers = new NumberSequence(jdbc, "invoice_number_seq", "INV-%06d");
	}

	String nextNumber() {
		return this.numbers.next();
	}

	/**
	 * Inserts the invoice unless its order already has one. A concurrent insert for the
	 * same order makes this wait for it and then insert nothing.
	 * @return whether this invoice was inserted
	 */
	boolean insertUnlessOrderInvoiced(CustomerInvoice invoice) {
		int rows = this.invoices.insert()
			.set("id", invoice.id())
			.set("number", invoice.number())
			.set("order_id", invoice.orderId())
			.set("customer_id", invoice.customerId())
			.set("status", invoice.status().name())
			.set("currency", invoice.currency().getCurrencyCode())
			.set("amount", invoice.amount())
			.set("paid_amount", invoice.paidAmount())
			.set("issue_date", invoice.issueDate())
			.set("due_date", invoice.dueDate())
			.set("void_reason", invoice.voidReason())
			.set("created_at", utc(invoice.createdAt()))
			.set("updated_at", utc(invoice.updatedAt()))
			.set("version", invoice.version())
			.execute("on conflict (order_id) do nothing");
		return rows == 1;
	}

	/**
	 * Writes the changed invoice if, and only if, the stored version is still the one the
	 * change was based on.
	 * @return whether the row was updated
	 */
	boolean update(CustomerInvoice changed, long basedOnVersion) {
		return this.invoices.update(changed.id(), basedOnVersion, changed.version())
			.set("status", changed.status().name())
			.set("paid_amount", changed.paidAmount())
			.set("void_reason", changed.voidReason())
			.set("updated_at", utc(changed.updatedAt()))
			.execute();
	}

	Optional<CustomerInvoice> findById(UUID id) {
		return this.invoices.findBy("id", id, this::invoice);
	}

	/**
	 * The invoice, locked until the transaction ends: every change to an invoice and its
	 * payments goes through this lock, so two payments racing for the last open amount
	 * run one after the other and the second sees the first.
	 */
	Optional<CustomerInvoice> lockById(UUID id) {
		return this.jdbc.sql(this.invoices.select() + " where id = :id for update")
			.param("id", id)
			.query(this::invoice)
			.optional();
	}

	/**
	 * Serialises everything about one order's invoice (issuing it, voiding it for a
	 * cancelled order) until the transaction ends.
	 */
	void lockOrder(UUID orderId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
			.param("lock", "invoice-of-order " + orderId)
			.query(Object.class)
			.single();
	}

	/** Whether the order's invoice was voided (its order cancelled). */
	boolean isOrderVoided(UUID orderId) {
		return this.jdbc.sql("select count(*) from voided_order where order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single() > 0;
	}

	/** Remembers that the order's invoice is void, issued or not. */
	void markOrderVoided(UUID orderId, String reason, java.time.Instant at) {
		this.jdbc.sql("""
				insert into voided_order (order_id, voided_at, reason) values (:orderId, :at, :reason)
				on conflict (order_id) do nothing""")
			.param("orderId", orderId)
			.param("at", utc(at))
			.param("reason", reason)
			.update();
	}

	Optional<CustomerInvoice> findByOrderId(UUID orderId) {
		return this.invoices.findBy("order_id", orderId, this::invoice);
	}

	Page<CustomerInvoice> find(InvoiceFilter filter, LocalDate today, PageParams paging) {
		Where where = new Where();
		if (!filter.orderIds().isEmpty()) {
			where.and("order_id in (:orderIds)", "orderIds", filter.orderIds());
		}
		if (filter.customerId() != null) {
			where.and("customer_id = :customerId", "customerId", filter.customerId());
		}
		if (!filter.statuses().isEmpty()) {
			where.and(STATUS_TODAY + " in (:statuses)", "statuses", Where.names(filter.statuses()))
				.param("today", today);
		}
		if (filter.search() != null) {
			PersonSearch.and(where, filter.search(), this.numbers, "number",
					"customer_id in (select id from customer where %s)", "name");
		}
		if (filter.pastDue() != null) {
			// Days past due is today minus the due date (InvoiceFigures' days_past_due),
			// so a range of days is a range of due dates.
			StringBuilder unpaid = new StringBuilder("status in ('OPEN', 'OVERDUE')");
			if (filter.pastDue().min() != null) {
				unpaid.append(" and due_date <= cast(:today as date) - :pastDueMin");
				where.param("pastDueMin", filter.pastDue().min());
			}
			if (filter.pastDue().max() != null) {
				unpaid.append(" and due_date >= cast(:today as date) - :pastDueMax");
				where.param("pastDueMax", filter.pastDue().max());
			}
			where.and(unpaid.toString(), "today", today);
		}
		return this.invoices.page(where, paging, this::invoice);
	}

	List<UUID> openPastDue(LocalDate today, UUID after, int limit) {
		return this.jdbc.sql("""
				select id from invoice where status = 'OPEN' and due_date < :today
				  and (cast(:after as uuid) is null or id > cast(:after as uuid))
				order by id limit :limit""")
			.param("today", today)
			.param("after", after)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	void insertPayment(InvoicePayment payment) {
		this.payments.insert()
			.set("id", payment.id())
			.set("invoice_id", payment.invoiceId())
			.set("amount", payment.amount())
			.set("currency", payment.currency().getCurrencyCode())
			.set("method", payment.method().name())
			.set("reference", payment.reference())
			.set("received_at", utc(payment.receivedAt()))
			.execute();
	}

	List<InvoicePayment> paymentsOf(UUID invoiceId) {
		return this.jdbc.sql(this.payments.select() + " where invoice_id = :invoiceId order by received_at, id")
			.param("invoiceId", invoiceId)
			.query((rs, row) -> new InvoicePayment(rs.getObject("id", UUID.class),
					rs.getObject("invoice_id", UUID.class), rs.getBigDecimal("amount"),
					Currency.getInstance(rs.getString("currency")), PaymentMethod.valueOf(rs.getString("method")),
					rs.getString("reference"), SqlTable.instant(rs, "received_at")))
			.list();
	}

	private CustomerInvoice invoice(ResultSet rs, int row) throws SQLException {
		return new CustomerInvoice(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("order_id", UUID.class), rs.getObject("customer_id", UUID.class),
				InvoiceStatus.valueOf(rs.getString("status")), Currency.getInstance(rs.getString("currency")),
				rs.getBigDecimal("amount"), rs.getBigDecimal("paid_amount"),
				rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				rs.getString("void_reason"), SqlTable.instant(rs, "created_at"), SqlTable.instant(rs, "updated_at"),
				rs.getLong("version"));
	}

}
