package com.example.shop.billing.batch.overdue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.batch.support.JdbcBatchJobTest;
import com.example.shop.billing.batch.BillingBatchTest;
import com.example.shop.billing.batch.BillingFixture;
import com.example.shop.billing.invoice.InvoiceService;
import com.example.shop.testsupport.postgres.RefusedRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** Today is 2026-11-20 in Seoul: yesterday, 11-19, is the day that closed. */
@BillingBatchTest
class MarkOverdueJobIT extends JdbcBatchJobTest {

	static final Instant EARLIER = Instant.parse("2026-10-01T00:00:00Z");

	static final String INVOICES = "select number, status, version, updated_at from invoice order by number";

	@Autowired
	InvoiceService invoices;

	BillingFixture fixture;

	UUID customer;

	@BeforeEach
	void setUp() {
		this.fixture = new BillingFixture(this.jdbc);
		this.customer = this.fixture.customer("Hanbit Foods");
	}

	@Test
	void persistsOverdueForOpenInvoicesPastDueAndLeavesEveryOtherInvoiceAlone(CapturedOutput output) {
		UUID dueLongAgo = open("2026-10-01");
		UUID dueYesterday = open("2026-11-19");
		UUID dueToday = open("2026-11-20");
		UUID paid = this.fixture.invoice(this.customer, "100.00", day("2026-10-01"), day("2026-10-31"), "PAID",
				"100.00", EARLIER);
		UUID voided = this.fixture.invoice(this.customer, "100.00", day("2026-10-01"), day("2026-10-31"), "VOID",
				"0.00", EARLIER);

		assertThat(this.runner.execute(List.of("mark-overdue"))).isZero();

		assertThat(status(dueLongAgo)).isEqualTo("OVERDUE 1 2026-11-20T01:00Z");
		assertThat(status(dueYesterday)).isEqualTo("OVERDUE 1 2026-11-20T01:00Z");
		assertThat(status(dueToday)).isEqualTo("OPEN 0 2026-10-01T00:00Z");
		assertThat(status(paid)).isEqualTo("PAID 0 2026-10-01T00:00Z");
		assertThat(status(voided)).isEqualTo("VOID 0 2026-10-01T00:00Z");
		assertThat(output).contains("read 2, written 2, skipped 0").contains("marked 2, unchanged 0");
		// Each change names the batch, at the instant it stamped as updated_at.
		assertThat(trail(dueLongAgo)).containsExactly(
				"MARKED_OVERDUE billing-batch 2026-11-20T01:00Z due 2026-10-01, 50 days past due on 2026-11-20;"
						+ " 100.00 KRW outstanding");
		assertThat(trail(dueYesterday)).containsExactly(
				"MARKED_OVERDUE billing-batch 2026-11-20T01:00Z due 2026-11-19, 1 day past due on 2026-11-20;"
						+ " 100.00 KRW outstanding");
		assertThat(trail(dueToday)).isEmpty();
		assertThat(trail(paid)).isEmpty();
		assertThat(trail(voided)).isEmpty();
		assertThat(this.invoices.trail(dueLongAgo, null)).singleElement()
			.satisfies((entry) -> assertThat(entry.at()).isEqualTo(this.invoices.get(dueLongAgo).updatedAt()));
	}

	@Test
	void anInvoicePaidBetweenBeingFoundAndBeingMarkedStaysAsItIs() {
		UUID invoice = open("2026-10-01");
		assertThat(this.invoices.overdueButOpen(day("2026-11-20"), null, 10)).containsExactly(invoice);
		this.jdbc.sql("update invoice set status = 'PAID', paid_amount = amount where id = :id")
			.param("id", invoice)
			.update();

		// What the job's writer does with what its reader found: the core decides under
		// the invoice's lock.
		assertThat(this.invoices.markOverdue(invoice, day("2026-11-20"))).isFalse();

		assertThat(status(invoice)).startsWith("PAID 0");
		assertThat(trail(invoice)).isEmpty();
	}

	@Test
	void aDayNotClosedYetIsRefused(CapturedOutput output) {
		UUID invoice = open("2026-11-19");

		assertThat(this.runner.execute(List.of("mark-overdue", "day=2026-11-20"))).isEqualTo(BatchRunner.USAGE);

		assertThat(output).contains("day=2026-11-20 has not closed yet");
		assertThat(status(invoice)).startsWith("OPEN 0");
	}

	@Test
	void theSecondIdenticalRunChangesNothing(CapturedOutput output) {
		open("2026-10-01");
		this.runner.execute(List.of("mark-overdue"));
		var first = this.fixture.rows(INVOICES);
		open("2026-10-02");

		assertThat(this.runner.execute(List.of("mark-overdue", "day=2026-11-19"))).isZero();

		assertThat(output).contains("mark-overdue (day=2026-11-19) already completed at");
		assertThat(this.fixture.rows(INVOICES)).hasSize(2).first().isEqualTo(first.getFirst());
	}

	@Test
	void aRunFailedPartWayThenRestartedEndsExactlyAsAnUninterruptedRun() {
		for (int i = 0; i < 250; i++) {
			open("2026-10-01");
		}
		// The 150th invoice by id (the second chunk of 100) cannot be written the first
		// time.
		String refused = this.jdbc.sql("select id from invoice order by id offset 149 limit 1")
			.query(String.class)
			.single();
		RefusedRows invoice = RefusedRows.refuse(this.jdbc, "update", "invoice", "new.id = '" + refused + "'",
				"deadlock detected (test)");

		assertThat(this.runner.execute(List.of("mark-overdue"))).isEqualTo(BatchRunner.NOT_COMPLETED);
		assertThat(count("OVERDUE")).isEqualTo(100);

		invoice.lift();
		assertThat(this.runner.execute(List.of("--restart"))).isZero();

		assertThat(count("OVERDUE")).isEqualTo(250);
		assertThat(this.jdbc.sql("select count(*) from invoice where version <> 1").query(Long.class).single())
			.isZero();
		// The failed chunk's entries rolled back with its changes: one entry per invoice.
		assertThat(this.jdbc.sql("""
				select count(distinct a.entity_id) || ' ' || count(*)
				from billing_audit a join invoice i on i.id = a.entity_id
				where a.action = 'MARKED_OVERDUE' and a.actor = 'billing-batch' and a.at = i.updated_at""")
			.query(String.class)
			.single()).isEqualTo("250 250");
	}

	private UUID open(String due) {
		return this.fixture.invoice(this.customer, "100.00", day(due).minusDays(30), day(due), "OPEN", "0.00", EARLIER);
	}

	private String status(UUID id) {
		return this.jdbc
			.sql("select status || ' ' || version || ' ' || to_char(updated_at at time zone 'UTC',"
					+ " 'YYYY-MM-DD\"T\"HH24:MI\"Z\"') from invoice where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * The invoice's audit trail, newest first: action, actor, at (UTC, minutes), detail.
	 */
	private List<String> trail(UUID id) {
		return this.jdbc.sql("""
				select a.action || ' ' || a.actor || ' ' || to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"')
				    || ' ' || a.detail
				from billing_audit a where a.entity_type = 'INVOICE' and a.entity_id = :id order by a.id desc""")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private long count(String status) {
		return this.jdbc.sql("select count(*) from invoice where status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

}
