package com.example.shop.billing.statement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;

import com.example.shop.billing.BillingApiTest;
import com.example.shop.testsupport.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement endpoint, and the proof that it and the monthly-statements batch agree to
 * the unit: the batch's file is
 * {@code StatementCsv.statement(StatementService.statement(...))} (what its writer
 * writes), the endpoint maps the same calculation to JSON; every amount of every line
 * must match. Also the batch history and a statements run's download.
 */
class StatementApiIT extends BillingApiTest {

	@Autowired
	StatementService statements;

	@Autowired
	StatementRuns runs;

	UUID customer;

	@BeforeEach
	void setUp() {
		this.customer = UUID.randomUUID();
		this.jdbc.sql("""
				insert into customer (id, name, email, currency, credit_limit, payment_terms_days, status, created_at,
				    updated_at, version)
				values (:id, 'Hanbit, Foods', 'ap@example.com', 'KRW', 1000000.00, 30, 'ACTIVE', now(), now(), 0)""")
			.param("id", this.customer)
			.update();
		UUID september = invoice("800.00", "2026-09-10", "PAID", "800.00", "2026-10-05T01:00:00Z");
		payment(september, "300.00", "2026-09-20T01:00:00Z");
		payment(september, "500.00", "2026-10-05T01:00:00Z");
		UUID october = invoice("1000.00", "2026-10-15", "OPEN", "400.33", "2026-10-31T14:30:00Z");
		payment(october, "400.33", "2026-10-31T14:30:00Z");
		invoice("250.10", "2026-10-20", "VOID", "0.00", "2026-10-21T02:00:00Z");
	}

	@Test
	void theEndpointAndTheBatchsFileAgreeToTheUnit() {
		var response = this.http.get("/api/v1/customers/" + this.customer + "/statement?from=2026-10-01&to=2026-10-31");

		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		List<String[]> csv = csv(StatementCsv.statement(this.statements.statement(this.customer,
				LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"))));
		assertThat(csv.getFirst()[6]).isEqualTo(json.get("openingBalance").get("amount").asString())
			.isEqualTo("500.00");
		JsonNode lines = json.get("lines");
		assertThat(lines.size()).isEqualTo(csv.size() - 2).isEqualTo(5);
		for (int i = 0; i < lines.size(); i++) {
			String[] row = csv.get(i + 1);
			JsonNode line = lines.get(i);
			assertThat(row[0]).isEqualTo(line.get("date").asString());
			assertThat(row[1]).isEqualTo(line.get("kind").asString());
			assertThat(amount(row[4])).isEqualByComparingTo(line.get("debit").get("amount").asString());
			assertThat(amount(row[5])).isEqualByComparingTo(line.get("credit").get("amount").asString());
			assertThat(row[6]).isEqualTo(line.get("balance").get("amount").asString());
		}
		String[] closing = csv.getLast();
		assertThat(closing[4]).isEqualTo(json.get("invoiced").get("amount").asString()).isEqualTo("1250.10");
		assertThat(amount(closing[5])).isEqualByComparingTo(new BigDecimal(json.get("voided").get("amount").asString())
			.add(new BigDecimal(json.get("paid").get("amount").asString())));
		assertThat(closing[6]).isEqualTo(json.get("closingBalance").get("amount").asString()).isEqualTo("599.67");
	}

	@Test
	void theCsvEndpointServesTheBatchsFileByteForByte() {
		var response = this.http.get(
				"/api/v1/customers/" + this.customer + "/statement.csv?from=2026-10-01&to=2026-10-31", "Accept",
				"text/csv");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		CustomerStatement statement = this.statements.statement(this.customer, LocalDate.parse("2026-10-01"),
				LocalDate.parse("2026-10-31"));
		assertThat(response.body()).isEqualTo(StatementCsv.statement(statement));
		assertThat(response.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(response.header("Content-Disposition"))
			.hasValue("attachment; filename=\"statement_2026-10_hanbit-foods_%s.csv\""
				.formatted(this.customer.toString().substring(0, 8)));
		for (String accept : new String[] { "text/csv", "application/json" }) {
			var unknown = this.http.get("/api/v1/customers/" + UUID.randomUUID() + "/statement.csv", "Accept", accept);
			assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
			var backward = this.http.get(
					"/api/v1/customers/" + this.customer + "/statement.csv?from=2026-10-31&to=2026-10-01", "Accept",
					accept);
			assertThat(backward.status()).as(backward.body()).isEqualTo(400);
			assertThat(backward.body()).contains("must not be after 'to'");
		}
	}

	@Test
	void aStatementOfAnUnknownCustomerOrABackwardPeriodIsRefused() {
		assertThat(this.http.get("/api/v1/customers/" + UUID.randomUUID() + "/statement").status()).isEqualTo(404);
		var backward = this.http.get("/api/v1/customers/" + this.customer + "/statement?from=2026-10-31&to=2026-10-01");
		assertThat(backward.status()).isEqualTo(400);
		assertThat(backward.body()).contains("must not be after 'to'");
	}

	@Test
	void aCompletedStatementsRunIsListedAndItsFilesDownloadAsOneZip() throws Exception {
		CustomerStatement statement = this.statements.statement(this.customer, LocalDate.parse("2026-10-01"),
				LocalDate.parse("2026-10-31"));
		this.jdbc.sql("insert into batch_job_instance values (7, 0, 'monthly-statements', 'key-7')").update();
		this.jdbc.sql("""
				insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time,
				    end_time, status, exit_code, exit_message, last_updated)
				values (70, 2, 7, '2026-11-01 00:05:00', '2026-11-01 00:05:00', '2026-11-01 00:05:02', 'COMPLETED',
				    'COMPLETED', 'Statements and their summary in /data/statements/2026-10', '2026-11-01 00:05:02')""")
			.update();
		this.jdbc.sql("insert into batch_job_execution_params values (70, 'month', 'java.lang.String', '2026-10', 'Y')")
			.update();
		this.jdbc.sql("""
				insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id, create_time,
				    start_time, end_time, status, commit_count, read_count, filter_count, write_count, read_skip_count,
				    write_skip_count, process_skip_count, rollback_count, last_updated)
				values (700, 2, 'write-statements', 70, '2026-11-01 00:05:00', '2026-11-01 00:05:00',
				    '2026-11-01 00:05:02', 'COMPLETED', 1, 3, 2, 1, 0, 0, 0, 0, '2026-11-01 00:05:02')""").update();
		this.runs.store(7, statement, StatementCsv.statement(statement));

		JsonNode executions = this.http.get("/api/v1/batch/executions").json();
		assertThat(executions.size()).isOne();
		JsonNode execution = executions.get(0);
		assertThat(execution.get("job").asString()).isEqualTo("monthly-statements");
		assertThat(execution.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(execution.get("parameters").get("month").asString()).isEqualTo("2026-10");
		assertThat(execution.get("read").asLong()).isEqualTo(3);
		assertThat(execution.get("written").asLong()).isEqualTo(1);
		assertThat(execution.get("skipped").asLong()).isEqualTo(2);
		assertThat(execution.get("itemsPerSecond").asDouble()).isEqualTo(1.5);
		assertThat(execution.get("startedAt").asString()).isEqualTo("2026-11-01T00:05:00Z");
		assertThat(execution.get("message").asString()).startsWith("Statements and their summary in");
		assertThat(execution.get("hasReport").asBoolean()).isTrue();
		assertThat(this.http.get("/api/v1/batch/executions/71").status()).isEqualTo(404);

		HttpResponse<byte[]> zip = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/batch/executions/70/report"))
				.header("Authorization", "Bearer " + Caller.ADMIN.token())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"statements_2026-10.zip\"");
		List<String> names = new ArrayList<>();
		String file = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (entry.getName().startsWith("statement_")) {
					file = content;
				}
			}
		}
		assertThat(names).containsExactly(StatementCsv.fileName(statement), "summary_2026-10.csv");
		assertThat(file).isEqualTo(StatementCsv.statement(statement));
	}

	private UUID invoice(String amount, String issued, String status, String paid, String updatedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into invoice (id, number, order_id, customer_id, status, currency, amount, paid_amount,
				    issue_date, due_date, created_at, updated_at, version)
				values (:id, :number, :order, :customer, :status, 'KRW', :amount, :paid, :issued, :issued::date + 30,
				    :at, :at, 0)""")
			.param("id", id)
			.param("number", "INV-" + id.toString().substring(0, 6))
			.param("order", UUID.randomUUID())
			.param("customer", this.customer)
			.param("status", status)
			.param("amount", new BigDecimal(amount))
			.param("paid", new BigDecimal(paid))
			.param("issued", LocalDate.parse(issued))
			.param("at", Instant.parse(updatedAt).atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private void payment(UUID invoice, String amount, String at) {
		this.jdbc.sql("""
				insert into payment (id, invoice_id, amount, currency, method, reference, received_at)
				values (:id, :invoice, :amount, 'KRW', 'CARD', 'TRX', :at)""")
			.param("id", UUID.randomUUID())
			.param("invoice", invoice)
			.param("amount", new BigDecimal(amount))
			.param("at", Instant.parse(at).atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * The rows of a statement's CSV without its byte order mark and header; no field here
	 * is quoted.
	 */
	private static List<String[]> csv(String content) {
		List<String> lines = content.replace("\uFEFF", "").lines().skip(1).toList();
		List<String[]> rows = new ArrayList<>();
		for (String line : lines) {
			rows.add(line.replaceAll("\"[^\"]*\"", "quoted").split(",", -1));
		}
		return rows;
	}

	private static BigDecimal amount(String text) {
		return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
	}

}
