package com.example.shop.billing.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.example.shop.billing.customer.CustomerAccount;
import com.example.shop.billing.customer.CustomerService;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one calculation of a customer statement: the billing service serves it ({@code GET
 * /api/v1/customers/{id}/statement}) and the monthly-statements batch writes it, so the
 * two agree to the unit.
 * <p>
 * An invoice counts on its issue date for its full amount, a payment on the business day
 * it was received, and a void on the business day the invoice was voided (its last
 * change: a void invoice takes nothing more), as a credit of the invoice's amount. So a
 * statement of a past period never changes when an invoice is voided later: the void
 * shows in the period it happened.
 */
@Service
public class StatementService {

	/** At most a year and a day at once. */
	public static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;

	private final CustomerService customers;

	private final BusinessClock business;

	StatementService(JdbcClient jdbc, CustomerService customers, BusinessClock business) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.business = business;
	}

	/**
	 * A customer's statement for business days {@code from}..{@code to}, both inclusive.
	 * @throws DomainRefusal.NotFound if there is no such customer
	 * @throws DomainRefusal.Invalid if {@code from} is after {@code to} or the period is
	 * longer than {@link #MAX_DAYS}
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public CustomerStatement statement(UUID customerId, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new DomainRefusal.Invalid("from", "must not be after 'to'");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new DomainRefusal.Invalid("to", "a statement covers at most %d days".formatted(MAX_DAYS));
		}
		CustomerAccount customer = this.customers.get(customerId);
		ZoneId zone = this.business.zone();
		var start = from.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
		var end = to.plusDays(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
		BigDecimal opening = this.jdbc.sql("""
				select
				  (select coalesce(sum(amount), 0) from invoice where customer_id = :customer and issue_date < :from)
				- (select coalesce(sum(amount), 0) from invoice where customer_id = :customer and status = 'VOID'
				     and (updated_at at time zone :zone)::date < :from)
				- (select coalesce(sum(p.amount), 0) from payment p join invoice i on i.id = p.invoice_id
				     where i.customer_id = :customer and p.received_at < :start)""")
			.param("customer", customerId)
			.param("from", from)
			.param("zone", zone.getId())
			.param("start", start)
			.query(BigDecimal.class)
			.single();
		List<Entry> entries = new ArrayList<>();
		this.jdbc.sql("""
				select issue_date as day, 'INVOICE' as kind, number, amount, due_date, null as reference from invoice
				where customer_id = :customer and issue_date between :from and :to
				union all
				select (updated_at at time zone :zone)::date, 'VOID', number, amount, null, void_reason from invoice
				where customer_id = :customer and status = 'VOID'
				  and (updated_at at time zone :zone)::date between :from and :to
				union all
				select (p.received_at at time zone :zone)::date, 'PAYMENT', i.number, p.amount, null,
				       coalesce(p.reference, p.method)
				from payment p join invoice i on i.id = p.invoice_id
				where i.customer_id = :customer and p.received_at >= :start and p.received_at < :end""")
			.param("customer", customerId)
			.param("from", from)
			.param("to", to)
			.param("zone", zone.getId())
			.param("start", start)
			.param("end", end)
			.query((rs,
					row) -> entries.add(new Entry(rs.getObject(1, LocalDate.class),
							CustomerStatement.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4),
							rs.getObject(5, LocalDate.class), rs.getString(6))))
			.list();
		entries.sort(Comparator.comparing(Entry::date)
			.thenComparing(Entry::kind)
			.thenComparing(Entry::number)
			.thenComparing(Entry::amount));
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		BigDecimal balance = opening.setScale(2);
		BigDecimal invoiced = zero;
		BigDecimal voided = zero;
		BigDecimal paid = zero;
		List<CustomerStatement.Line> lines = new ArrayList<>();
		for (Entry entry : entries) {
			BigDecimal amount = entry.amount().setScale(2);
			switch (entry.kind()) {
				case INVOICE -> {
					balance = balance.add(amount);
					invoiced = invoiced.add(amount);
					lines.add(new CustomerStatement.Line(entry.date(), entry.kind(), entry.number(),
							"Invoice %s, due %s".formatted(entry.number(), entry.dueDate()), amount, zero, balance));
				}
				case VOID -> {
					balance = balance.subtract(amount);
					voided = voided.add(amount);
					lines
						.add(new CustomerStatement.Line(
								entry.date(), entry.kind(), entry.number(), "Invoice %s voided%s"
									.formatted(entry.number(), (entry.note() != null) ? ": " + entry.note() : ""),
								zero, amount, balance));
				}
				case PAYMENT -> {
					balance = balance.subtract(amount);
					paid = paid.add(amount);
					lines.add(new CustomerStatement.Line(entry.date(), entry.kind(), entry.number(),
							"Payment for %s (%s)".formatted(entry.number(), entry.note()), zero, amount, balance));
				}
			}
		}
		return new CustomerStatement(customer.id(), customer.name(), customer.email(), from, to, customer.currency(),
				opening.setScale(2), lines, invoiced, voided, paid, balance);
	}

	private record Entry(LocalDate date, CustomerStatement.Kind kind, String number, BigDecimal amount,
			LocalDate dueDate, String note) {
	}

}
