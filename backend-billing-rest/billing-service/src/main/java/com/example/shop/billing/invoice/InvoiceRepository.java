package com.example.shop.billing.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.example.shop.billing.api.InvoiceStatus;
import com.example.shop.billing.api.PaymentMethod;
import com.example.shop.support.web.PageParams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoices and their payments in PostgreSQL, with plain SQL. */
@Repository
class InvoiceRepository {

	/**
	 * The status an invoice has on {@code :today}, as SQL: the same rule as
	 * {@link CustomerInvoice#statusOn}.
	 */
	static final String STATUS_TODAY = "(case when status = 'OPEN' and due_date < cast(:today as date) "
			+ "then 'OVERDUE' else status end)";

	private static final String COLUMNS = """
			id, number, order_id, customer_id, status, currency, amount, paid_amount, issue_date, due_date,
			void_reason, created_at, updated_at, version""";

	private final JdbcClient jdbc;

	InvoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextNumber() {
		long next = this.jdbc.sql("select nextval('invoice_number_seq')").query(Long.class).single();
		return "INV-%06d".formatted(next);
	}

	/**
	 * Inserts the invoice unless its order already has one. A concurrent insert for the
	 * same order makes this wait for it and then insert nothing.
	 * @return whether this invoice was inserted
	 */
	boolean insertUnlessOrderInvoiced(CustomerInvoice invoice) {
		int rows = this.jdbc.sql("""
				insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
				    issue_date, due_date, void_reason, created_at, updated_at, version)
				values (:id, :number, :orderId, :customerId, :status, :currency, :amount, :paidAmount,
				    :issueDate, :dueDate, :voidReason, :createdAt, :updatedAt, :version)
				on conflict (order_id) do nothing""")
			.param("id", invoice.id())
			.param("number", invoice.number())
			.param("orderId", invoice.orderId())
			.param("customerId", invoice.customerId())
			.param("status", invoice.status().name())
			.param("currency", invoice.currency().getCurrencyCode())
			.param("amount", invoice.amount())
			.param("paidAmount", invoice.paidAmount())
			.param("issueDate", invoice.issueDate())
			.param("dueDate", invoice.dueDate())
			.param("voidReason", invoice.voidReason())
			.param("createdAt", utc(invoice.createdAt()))
			.param("updatedAt", utc(invoice.updatedAt()))
			.param("version", invoice.version())
			.update();
		return rows == 1;
	}

	/**
	 * Writes the changed invoice if, and only if, the stored version is still the one the
	 * change was based on.
	 * @return whether the row was updated
	 */
	boolean update(CustomerInvoice changed, long basedOnVersion) {
		int rows = this.jdbc.sql("""
				update invoice set status = :status, paid_amount = :paidAmount, void_reason = :voidReason,
				    updated_at = :updatedAt, version = :version
				where id = :id and version = :basedOn""")
			.param("status", changed.status().name())
			.param("paidAmount", changed.paidAmount())
			.param("voidReason", changed.voidReason())
			.param("updatedAt", utc(changed.updatedAt()))
			.param("version", changed.version())
			.param("id", changed.id())
			.param("basedOn", basedOnVersion)
			.update();
		return rows == 1;
	}

	Optional<CustomerInvoice> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from invoice where id = :id")
			.param("id", id)
			.query(this::invoice)
			.optional();
	}

	/**
	 * The invoice, locked until the transaction ends: every change to an invoice and its
	 * payments goes through this lock, so two payments racing for the last open amount
	 * run one after the other and the second sees the first.
	 */
	Optional<CustomerInvoice> lockById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from invoice where id = :id for update")
			.param("id", id)
			.query(this::invoice)
			.optional();
	}

	Optional<CustomerInvoice> findByOrderId(UUID orderId) {
		return this.jdbc.sql("select " + COLUMNS + " from invoice where order_id = :orderId")
			.param("orderId", orderId)
			.query(this::invoice)
			.optional();
	}

	List<CustomerInvoice> find(InvoiceFilter filter, LocalDate today, PageParams paging) {
		Where where = where(filter, today);
		String orderBy = paging.sort().stream().map(PageParams.SortOrder::sql).collect(Collectors.joining(", "));
		var statement = this.jdbc.sql("select " + COLUMNS + " from invoice" + where.sql() + " order by " + orderBy
				+ ", id limit :limit offset :offset");
		where.params().forEach(statement::param);
		return statement.param("limit", paging.size()).param("offset", paging.offset()).query(this::invoice).list();
	}

	long count(InvoiceFilter filter, LocalDate today) {
		Where where = where(filter, today);
		var statement = this.jdbc.sql("select count(*) from invoice" + where.sql());
		where.params().forEach(statement::param);
		return statement.query(Long.class).single();
	}

	void insertPayment(InvoicePayment payment) {
		this.jdbc.sql("""
				insert into payment (id, invoice_id, amount, currency, method, reference, received_at)
				values (:id, :invoiceId, :amount, :currency, :method, :reference, :receivedAt)""")
			.param("id", payment.id())
			.param("invoiceId", payment.invoiceId())
			.param("amount", payment.amount())
			.param("currency", payment.currency().getCurrencyCode())
			.param("method", payment.method().name())
			.param("reference", payment.reference())
			.param("receivedAt", utc(payment.receivedAt()))
			.update();
	}

	List<InvoicePayment> paymentsOf(UUID invoiceId) {
		return this.jdbc.sql("""
				select id, invoice_id, amount, currency, method, reference, received_at from payment
				where invoice_id = :invoiceId order by received_at, id""")
			.param("invoiceId", invoiceId)
			.query((rs, row) -> new InvoicePayment(rs.getObject("id", UUID.class),
					rs.getObject("invoice_id", UUID.class), rs.getBigDecimal("amount"),
					Currency.getInstance(rs.getString("currency")), PaymentMethod.valueOf(rs.getString("method")),
					rs.getString("reference"), rs.getObject("received_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private Where where(InvoiceFilter filter, LocalDate today) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!filter.orderIds().isEmpty()) {
			conditions.add("order_id in (:orderIds)");
			params.put("orderIds", filter.orderIds());
		}
		if (filter.customerId() != null) {
			conditions.add("customer_id = :customerId");
			params.put("customerId", filter.customerId());
		}
		if (!filter.statuses().isEmpty()) {
			conditions.add(STATUS_TODAY + " in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
			params.put("today", today);
		}
		String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return new Where(sql, params);
	}

	private CustomerInvoice invoice(ResultSet rs, int row) throws SQLException {
		return new CustomerInvoice(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("order_id", UUID.class), rs.getObject("customer_id", UUID.class),
				InvoiceStatus.valueOf(rs.getString("status")), Currency.getInstance(rs.getString("currency")),
				rs.getBigDecimal("amount"), rs.getBigDecimal("paid_amount"),
				rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				rs.getString("void_reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
