package com.example.shop.bff.customer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.example.shop.bff.support.BffHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's statement at {@code /bff/v1/customers/{id}/statement}: billing's statement
 * with the customer's ageing and open invoices, asked in parallel, each of the last two
 * degrading on its own; the CSV is billing's file byte for byte; bad periods and unknown
 * customers are refused as billing would.
 */
class CustomerStatementIT extends BffHttpTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private UUID customer;

	@BeforeEach
	void arrange() {
		this.customer = this.data.customer("1000000.00");
		String open = this.data.invoice(this.customer, "1000.00");
		String settled = this.data.invoice(this.customer, "250.00");
		this.data.pay(settled, "250.00");
		this.data.pay(open, "400.00");
	}

	@Test
	void theStatementComesWithTheCustomersAgeingAndOpenInvoices() {
		var response = this.http.get(statement(""), "Authorization", SALES);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode page = response.json();
		JsonNode statement = page.path("statement");
		assertThat(statement.path("customerName").asString()).startsWith("Test Customer");
		assertThat(statement.path("openingBalance").path("amount").asString()).isEqualTo("0.00");
		assertThat(statement.path("lines").valueStream().map((l) -> l.path("kind").asString()))
			.containsExactlyInAnyOrder("INVOICE", "INVOICE", "PAYMENT", "PAYMENT");
		assertThat(statement.path("closingBalance").path("amount").asString()).isEqualTo("600.00");
		JsonNode receivables = page.path("receivables");
		assertThat(receivables.path("state").asString()).isEqualTo("available");
		assertThat(receivables.path("value").path("outstanding").path("amount").asString()).isEqualTo("600.00");
		assertThat(receivables.path("value").path("ageing").get(0).path("bucket").asString()).isEqualTo("CURRENT");
		assertThat(receivables.path("value").path("ageing").get(0).path("amount").path("amount").asString())
			.isEqualTo("600.00");
		JsonNode open = page.path("openInvoices");
		assertThat(open.path("state").asString()).isEqualTo("available");
		assertThat(open.path("value").path("items")).hasSize(1);
		assertThat(open.path("value").path("items").get(0).path("outstandingAmount").path("amount").asString())
			.isEqualTo("600.00");
	}

	@Test
	void anAgeingBillingCannotGiveLeavesTheStatementAndTheOpenInvoices() {
		this.pathFaults.refuse("/receivables/summary");

		JsonNode page = this.http.get(statement(""), "Authorization", SALES).json();

		assertThat(page.path("statement").path("closingBalance").path("amount").asString()).isEqualTo("600.00");
		assertThat(page.path("receivables").path("state").asString()).isEqualTo("unavailable");
		assertThat(page.path("receivables").path("backend").asString()).isEqualTo("billing");
		assertThat(page.path("openInvoices").path("state").asString()).isEqualTo("available");
	}

	@Test
	void openInvoicesBillingCannotGiveLeaveTheStatementAndTheAgeing() {
		this.pathFaults.refuse("/api/v1/invoices");

		JsonNode page = this.http.get(statement(""), "Authorization", SALES).json();

		assertThat(page.path("statement").path("lines")).hasSize(4);
		assertThat(page.path("receivables").path("state").asString()).isEqualTo("available");
		assertThat(page.path("openInvoices").path("state").asString()).isEqualTo("unavailable");
	}

	@Test
	void theCsvIsBillingsFileByteForByte() {
		var response = this.http.get(statement(".csv"), "Authorization", SALES, "Accept", "*/*");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.body())
			.isEqualTo(this.data.statementCsv(this.customer, TODAY.minusDays(7), TODAY.plusDays(1)))
			.startsWith("\uFEFFdate,type,reference,description,debit,credit,balance,currency\r\n");
		assertThat(response.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(response.header("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith("text/csv"));
		assertThat(response.header("Content-Disposition"))
			.hasValueSatisfying((d) -> assertThat(d).startsWith("attachment; filename=\"statement_")
				.endsWith("_" + this.customer.toString().substring(0, 8) + ".csv\""));
	}

	@Test
	void aBadPeriodIs400AndAnUnknownCustomer404() {
		String base = "/bff/v1/customers/" + this.customer + "/statement";

		var backward = this.http.get(base + "?from=2026-10-31&to=2026-10-01", "Authorization", SALES);
		// 2024 is a leap year: its 366 days are the longest statement, a day more is too
		// long.
		var tooLong = this.http.get(base + "?from=2024-01-01&to=2025-01-01", "Authorization", SALES);
		var longest = this.http.get(base + "?from=2024-01-01&to=2024-12-31", "Authorization", SALES);
		var garbage = this.http.get(base + "?from=yesterday", "Authorization", SALES);
		var backwardCsv = this.http.get(base + ".csv?from=2026-10-31&to=2026-10-01", "Authorization", SALES);
		var unknown = this.http.get("/bff/v1/customers/" + UUID.randomUUID() + "/statement", "Authorization", SALES);
		var unknownCsv = this.http.get("/bff/v1/customers/" + UUID.randomUUID() + "/statement.csv", "Authorization",
				SALES);

		assertThat(backward.status()).as(backward.body()).isEqualTo(400);
		assertThat(backward.body()).contains("must not be after 'to'");
		assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
		assertThat(tooLong.body()).contains("at most 366 days");
		assertThat(longest.status()).as(longest.body()).isEqualTo(200);
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(backwardCsv.status()).isEqualTo(400);
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
		assertThat(unknownCsv.status()).as(unknownCsv.body()).isEqualTo(404);
	}

	private String statement(String suffix) {
		return "/bff/v1/customers/" + this.customer + "/statement" + suffix + "?from=" + TODAY.minusDays(7) + "&to="
				+ TODAY.plusDays(1);
	}

}
