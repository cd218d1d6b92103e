package com.example.shop.billing.batch.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.example.shop.batch.support.BatchRunner;
import com.example.shop.batch.support.JdbcBatchJobTest;
import com.example.shop.billing.batch.BillingBatchTest;
import com.example.shop.billing.batch.BillingFixture;
import com.example.shop.testsupport.postgres.RefusedRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** Today is 2026-11-20 in Seoul: last month is 2026-10. */
@BillingBatchTest
class MonthlyStatementsJobIT extends JdbcBatchJobTest {

	static final Path DIR = Path.of("target/statements-test");

	BillingFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new BillingFixture(this.jdbc);
		FileSystemUtils.deleteRecursively(DIR.toFile());
	}

	@Test
	void writesOneStatementPerCustomerWithActivityOrABalanceAndTheMonthsSummary(CapturedOutput output)
			throws IOException {
		UUID hanbit = this.fixture.customer("Hanbit Foods");
		this.fixture.customer("Quiet Co");
		UUID daehan = this.fixture.customer("Daehan \"Best\", Ltd");
		// Before October: 500 owed (800 invoiced, 300 paid in September).
		UUID september = this.fixture.invoice(hanbit, "800.00", day("2026-09-10"), day("2026-10-10"), "OPEN", "300.00",
				at("2026-09-10T01:00:00Z"));
		this.fixture.payment(september, "300.00", at("2026-09-20T01:00:00Z"), "TRX-9");
		// October: a new invoice of 1,000, paid 400 of it on 10-31 23:30 in Seoul (still
		// October there), the rest
		// of September's paid on 10-05; an invoice issued and voided in October.
		UUID october = this.fixture.invoice(hanbit, "1000.00", day("2026-10-15"), day("2026-11-14"), "OPEN", "400.00",
				at("2026-10-15T01:00:00Z"));
		this.fixture.payment(october, "400.00", at("2026-10-31T14:30:00Z"), "TRX-10");
		this.fixture.payment(september, "500.00", at("2026-10-05T01:00:00Z"), null);
		this.jdbc.sql("update invoice set paid_amount = 800.00, status = 'PAID' where id = :id")
			.param("id", september)
			.update();
		this.fixture.invoice(hanbit, "250.00", day("2026-10-20"), day("2026-11-19"), "VOID", "0.00",
				at("2026-10-21T02:00:00Z"));
		// November's payment is not October's.
		this.fixture.payment(october, "1.00", at("2026-10-31T15:30:00Z"), "TRX-11");
		this.fixture.invoice(daehan, "99.90", day("2026-10-02"), day("2026-10-02"), "OPEN", "0.00",
				at("2026-10-02T01:00:00Z"));

		assertThat(this.runner.execute(List.of("monthly-statements"))).isZero();

		Path month = DIR.resolve("2026-10");
		assertThat(files(month)).containsExactly(
				"statement_2026-10_daehan-best-ltd_" + daehan.toString().substring(0, 8) + ".csv",
				"statement_2026-10_hanbit-foods_" + hanbit.toString().substring(0, 8) + ".csv", "summary_2026-10.csv");
		String hanbitCsv = Files.readString(month.resolve(files(month).get(1)), StandardCharsets.UTF_8);
		assertThat(hanbitCsv).startsWith("\uFEFFdate,type,reference,description,debit,credit,balance,currency\r\n")
			.contains("2026-10-01,OPENING,,\"Opening balance, Hanbit Foods\",,,500.00,KRW\r\n")
			.contains(",PAYMENT,INV-")
			.contains("Payment for INV-");
		assertThat(hanbitCsv.lines().skip(1).map((l) -> l.split(",")[1]).toList()).containsExactly("OPENING", "PAYMENT",
				"INVOICE", "INVOICE", "VOID", "PAYMENT", "CLOSING");
		assertThat(hanbitCsv).endsWith("2026-10-31,CLOSING,,Closing balance,1250.00,1150.00,600.00,KRW\r\n");
		String summary = Files.readString(month.resolve("summary_2026-10.csv"), StandardCharsets.UTF_8);
		assertThat(summary.lines().toList()).hasSize(4)
			.last()
			.isEqualTo(",TOTAL (2 customers),500.00,1349.90,250.00,900.00,699.90,KRW,");
		assertThat(summary).contains("\"Daehan \"\"Best\"\", Ltd\",0.00,99.90,0.00,0.00,99.90,KRW");
		assertThat(output).contains("statements 2").contains("Statements and their summary in");
	}

	@Test
	void aMonthNotClosedYetIsRefused(CapturedOutput output) {
		assertThat(this.runner.execute(List.of("monthly-statements", "month=2026-11"))).isEqualTo(BatchRunner.USAGE);
		assertThat(output).contains("month=2026-11 has not closed yet; the last closed month is 2026-10");
		assertThat(this.runner.execute(List.of("monthly-statements", "month=October"))).isEqualTo(BatchRunner.USAGE);
		assertThat(output).contains("month=October is not a month (yyyy-MM)");
	}

	@Test
	void aRunFailedPartWayThenRestartedEndsExactlyAsAnUninterruptedRun() throws IOException {
		for (int i = 0; i < 45; i++) {
			UUID customer = this.fixture.customer("Customer %02d".formatted(i));
			this.fixture.invoice(customer, (100 + i) + ".00", day("2026-10-03"), day("2026-11-02"), "OPEN", "0.00",
					at("2026-10-03T01:00:00Z"));
		}
		String refused = this.jdbc.sql("select id from customer order by id offset 30 limit 1")
			.query(String.class)
			.single();
		RefusedRows statement = RefusedRows.refuse(this.jdbc, "insert", "batch_statement",
				"new.customer_id = '" + refused + "'", "out of disk (test)");

		assertThat(this.runner.execute(List.of("monthly-statements"))).isEqualTo(BatchRunner.NOT_COMPLETED);
		assertThat(this.jdbc.sql("select count(*) from batch_statement").query(Long.class).single()).isEqualTo(20);

		statement.lift();
		assertThat(this.runner.execute(List.of("--restart", "monthly-statements"))).isZero();
		var restarted = contents(DIR.resolve("2026-10"));
		var restartedRows = this.fixture
			.rows("select customer_id, file_name, closing_balance, content from batch_statement order by customer_id");

		assertThat(this.runner.execute(List.of("monthly-statements", "run=2"))).isZero();
		assertThat(contents(DIR.resolve("2026-10-run2"))).isEqualTo(restarted).hasSize(46);
		assertThat(this.fixture.rows("select customer_id, file_name, closing_balance, content from batch_statement"
				+ " where job_instance_id = (select max(job_instance_id) from batch_statement) order by customer_id"))
			.isEqualTo(restartedRows.subList(0, 45));
	}

	@Test
	void theSecondIdenticalRunChangesNothing(CapturedOutput output) throws IOException {
		UUID customer = this.fixture.customer("Hanbit Foods");
		this.fixture.invoice(customer, "10.00", day("2026-10-03"), day("2026-11-02"), "OPEN", "0.00",
				at("2026-10-03T01:00:00Z"));
		this.runner.execute(List.of("monthly-statements", "month=2026-10"));
		var first = contents(DIR.resolve("2026-10"));
		this.fixture.invoice(customer, "20.00", day("2026-10-04"), day("2026-11-03"), "OPEN", "0.00",
				at("2026-10-04T01:00:00Z"));

		assertThat(this.runner.execute(List.of("monthly-statements"))).isZero();

		assertThat(output).contains("monthly-statements (month=2026-10) already completed at");
		assertThat(contents(DIR.resolve("2026-10"))).isEqualTo(first);
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((f) -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		var contents = new java.util.TreeMap<String, String>();
		for (String name : files(folder)) {
			contents.put(name, Files.readString(folder.resolve(name)));
		}
		return contents;
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

}
