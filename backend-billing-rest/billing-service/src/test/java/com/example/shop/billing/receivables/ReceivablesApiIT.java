package com.example.shop.billing.receivables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.example.shop.billing.BillingApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Balances, credit checks and the receivables summary over real HTTP, against invoices
 * issued, paid and voided through the API itself.
 */
class ReceivablesApiIT extends BillingApiTest {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

	@Test
	void aNewCustomerOwesNothingAndHasTheWholeLimitAvailable() {
		String customer = this.billing.customer("Hanbit Foods", "5000000", 30);

		JsonNode balance = this.http.get("/api/v1/customers/" + customer + "/balance").json();

		assertThat(balance.path("asOf").asString()).isEqualTo("2026-11-20");
		assertThat(balance.path("outstanding").path("amount").asString()).isEqualTo("0.00");
		assertThat(balance.path("availableCredit").path("amount").asString()).isEqualTo("5000000.00");
		assertThat(balance.path("availableCredit").path("currency").asString()).isEqualTo("KRW");
	}

	@Test
	void theBalanceSplitsOpenFromOverdueCountsPartialPaymentsAndIgnoresPaidAndVoidInvoices() {
		String customer = owingOpenAndOverdue("pay-late-part");
		String paid = this.billing.invoice(customer, "700");
		this.billing.pay(paid, "pay-full", "700");
		String voided = this.billing.invoice(customer, "900");
		this.billing.voidInvoice(voided, "\"0\"");
		this.billing.invoice(this.billing.customer("Someone Else", "1", 0), "1");

		JsonNode balance = this.http.get("/api/v1/customers/" + customer + "/balance").json();

		assertThat(money(balance, "open")).isEqualTo("3000.00");
		assertThat(money(balance, "overdue")).isEqualTo("1500.00");
		assertThat(money(balance, "outstanding")).isEqualTo("4500.00");
		assertThat(money(balance, "availableCredit")).isEqualTo("5500.00");
		assertThat(money(balance, "creditLimit")).isEqualTo("10000.00");
		assertThat(balance.path("openInvoices").asLong()).isEqualTo(1);
		assertThat(balance.path("overdueInvoices").asLong()).isEqualTo(1);
	}

	@Test
	void theCreditCheckApprovesUpToTheAvailableCreditAndNotACentMore() {
		String customer = this.billing.customer("Hanbit Foods", "10000", 30);
		this.billing.invoice(customer, "4000.50");

		JsonNode exact = creditCheck(customer, "5999.50");
		JsonNode over = creditCheck(customer, "5999.51");

		assertThat(exact.path("approved").asBoolean()).isTrue();
		assertThat(exact.path("decision").asString()).isEqualTo("APPROVED");
		assertThat(exact.path("availableCredit").path("amount").asString()).isEqualTo("5999.50");
		assertThat(exact.path("requested").path("amount").asString()).isEqualTo("5999.50");
		assertThat(over.path("approved").asBoolean()).isFalse();
		assertThat(over.path("decision").asString()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
	}

	@Test
	void paymentsGiveCreditBackAndASuspendedCustomerGetsNone() {
		String customer = this.billing.customer("Hanbit Foods", "1000", 30);
		String invoice = this.billing.invoice(customer, "1000");
		assertThat(creditCheck(customer, "1").path("approved").asBoolean()).isFalse();

		this.billing.pay(invoice, "pay-credit-back", "400");
		assertThat(creditCheck(customer, "400").path("approved").asBoolean()).isTrue();

		this.http.request("PUT", "/api/v1/customers/" + customer,
				"""
						{"name": "Hanbit Foods", "email": "ap@example.com", "creditLimit": {"amount": "1000", "currency": "KRW"},
						 "paymentTermsDays": 30, "status": "SUSPENDED"}""",
				"If-Match", "\"0\"");
		JsonNode suspended = creditCheck(customer, "1");
		assertThat(suspended.path("approved").asBoolean()).isFalse();
		assertThat(suspended.path("decision").asString()).isEqualTo("CUSTOMER_SUSPENDED");
	}

	@Test
	void theSummaryAddsUpAndAgesUnpaidInvoicesByDaysPastDue() {
		// Immediate terms: each invoice is due the day it is issued.
		String customer = this.billing.customer("Hanbit Foods", "100000000", 0);
		Map<Integer, String> issuedDaysAgo = new HashMap<>();
		for (int daysAgo : new int[] { 0, 10, 30, 31, 45, 61, 90, 91, 200 }) {
			this.clock.set(at(TODAY.minusDays(daysAgo)));
			issuedDaysAgo.put(daysAgo, this.billing.invoice(customer, "1000"));
		}
		this.clock.set(at(TODAY.minusDays(5)));
		String paid = this.billing.invoice(customer, "250");
		this.billing.pay(paid, "pay-summary-full", "250");
		this.billing.pay(issuedDaysAgo.get(45), "pay-summary-part", "100.25");
		String voided = this.billing.invoice(customer, "777");
		this.billing.voidInvoice(voided, "\"0\"");
		this.clock.set(at(TODAY));

		JsonNode summary = this.http.get("/api/v1/receivables/summary").json();

		assertThat(summary.path("asOf").asString()).isEqualTo("2026-11-20");
		assertThat(summary.path("businessZone").asString()).isEqualTo("Asia/Seoul");
		assertThat(money(summary, "open")).isEqualTo("1000.00");
		assertThat(money(summary, "overdue")).isEqualTo("7899.75");
		assertThat(money(summary, "outstanding")).isEqualTo("8899.75");
		assertThat(money(summary, "paid")).isEqualTo("350.25");
		assertThat(money(summary, "invoiced")).isEqualTo("9250.00");
		assertThat(summary.path("invoicesByStatus").path("OPEN").asLong()).isEqualTo(1);
		assertThat(summary.path("invoicesByStatus").path("OVERDUE").asLong()).isEqualTo(8);
		assertThat(summary.path("invoicesByStatus").path("PAID").asLong()).isEqualTo(1);
		assertThat(summary.path("invoicesByStatus").path("VOID").asLong()).isEqualTo(1);
		JsonNode ageing = summary.path("ageing");
		assertThat(ageing.findValuesAsString("bucket")).containsExactly("CURRENT", "DAYS_1_30", "DAYS_31_60",
				"DAYS_61_90", "DAYS_OVER_90");
		assertBucket(ageing.get(0), 1, "1000.00");
		assertBucket(ageing.get(1), 2, "2000.00");
		assertBucket(ageing.get(2), 2, "1899.75");
		assertBucket(ageing.get(3), 2, "2000.00");
		assertBucket(ageing.get(4), 2, "2000.00");
		assertThat(ageing.get(4).path("toDaysOverdue").isNull()).isTrue();
		assertThat(ageing.get(2).path("fromDaysOverdue").asInt()).isEqualTo(31);
	}

	@Test
	void oneCustomersSummaryAgesOnlyThatCustomersInvoices() {
		String customer = this.billing.customer("Hanbit Foods", "100000000", 0);
		String other = this.billing.customer("Someone Else", "100000000", 0);
		this.clock.set(at(TODAY.minusDays(40)));
		String old = this.billing.invoice(customer, "1000");
		this.billing.pay(old, "pay-one-part", "300");
		this.billing.invoice(other, "5000");
		this.clock.set(at(TODAY));
		this.billing.invoice(customer, "200");
		this.billing.invoice(other, "7000");

		var response = this.http.get("/api/v1/receivables/summary?customerId=" + customer);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode summary = response.json();
		assertThat(money(summary, "outstanding")).isEqualTo("900.00");
		assertThat(money(summary, "invoiced")).isEqualTo("1200.00");
		assertThat(money(summary, "paid")).isEqualTo("300.00");
		assertThat(summary.path("invoicesByStatus").path("OVERDUE").asLong()).isEqualTo(1);
		assertThat(summary.path("invoicesByStatus").path("OPEN").asLong()).isEqualTo(1);
		JsonNode ageing = summary.path("ageing");
		assertBucket(ageing.get(0), 1, "200.00");
		assertBucket(ageing.get(1), 0, "0.00");
		assertBucket(ageing.get(2), 1, "700.00");
		assertThat(money(this.http.get("/api/v1/receivables/summary").json(), "outstanding")).isEqualTo("12900.00");
		assertThat(this.http.get("/api/v1/receivables/summary?customerId=" + java.util.UUID.randomUUID()).status())
			.isEqualTo(404);
	}

	@Test
	void manyBalancesInOneCallMatchEachCustomersOwnBalanceInTheOrderAsked() {
		String owing = owingOpenAndOverdue("pay-balances-part");
		String clear = this.billing.customer("Daejeon Labs", "700", 30);
		String unknown = java.util.UUID.randomUUID().toString();

		var response = this.http
			.get("/api/v1/customers/balances?id=" + clear + "&id=" + unknown + "&id=" + owing + "&id=" + clear);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode balances = response.json();
		assertThat(balances.findValuesAsString("customerId")).as("the order asked, each once, unknown left out")
			.containsExactly(clear, owing);
		JsonNode one = this.http.get("/api/v1/customers/" + owing + "/balance").json();
		assertThat(balances.get(1)).isEqualTo(one);
		assertThat(money(balances.get(1), "outstanding")).isEqualTo("4500.00");
		assertThat(money(balances.get(1), "overdue")).isEqualTo("1500.00");
		assertThat(money(balances.get(0), "outstanding")).as("owes nothing").isEqualTo("0.00");
		assertThat(money(balances.get(0), "availableCredit")).isEqualTo("700.00");
	}

	@Test
	void balancesForNoIdOrMoreThanAHundredAreRefused() {
		StringBuilder many = new StringBuilder("/api/v1/customers/balances?");
		for (int i = 0; i < 101; i++) {
			many.append("id=").append(java.util.UUID.randomUUID()).append('&');
		}

		assertThat(this.http.get(many.toString()).status()).isEqualTo(400);
		assertThat(this.http.get("/api/v1/customers/balances").status()).isEqualTo(400);
		assertThat(this.http.get("/api/v1/customers/balances?id=nope").status()).isEqualTo(400);
	}

	@Test
	void eachAgeingBucketListsExactlyTheUnpaidInvoicesTheSummaryCountsThere() {
		// Due in 30 days (terms), so the one issued today is not yet due; the rest are
		// issued that much earlier than 30 days past due.
		String customer = this.billing.customer("Dasan Office", "100000000", 30);
		Map<Integer, String> daysPastDue = new HashMap<>();
		for (int days : new int[] { -30, 0, 1, 30, 31, 60, 61, 90, 91, 400 }) {
			this.clock.set(at(TODAY.minusDays(days + 30)));
			daysPastDue.put(days, this.billing.invoice(customer, "1000"));
		}
		this.clock.set(at(TODAY));
		this.billing.pay(daysPastDue.get(1), "pay-ageing-full", "1000");

		JsonNode ageing = this.http.get("/api/v1/receivables/summary").json().path("ageing");

		assertThat(listed(customer, "CURRENT")).as("not yet due, due today included")
			.containsExactlyInAnyOrder(daysPastDue.get(-30), daysPastDue.get(0));
		assertThat(listed(customer, "DAYS_1_30")).as("a paid invoice is in no bucket")
			.containsExactly(daysPastDue.get(30));
		assertThat(listed(customer, "DAYS_31_60")).containsExactlyInAnyOrder(daysPastDue.get(31), daysPastDue.get(60));
		assertThat(listed(customer, "DAYS_61_90")).containsExactlyInAnyOrder(daysPastDue.get(61), daysPastDue.get(90));
		assertThat(listed(customer, "DAYS_OVER_90")).containsExactlyInAnyOrder(daysPastDue.get(91),
				daysPastDue.get(400));
		for (JsonNode bucket : ageing) {
			assertThat((long) listed(null, bucket.path("bucket").asString()).size())
				.as("the list of %s is what the summary counts", bucket.path("bucket").asString())
				.isEqualTo(bucket.path("invoices").asLong());
		}
		assertThat(this.http.get("/api/v1/invoices?ageing=DAYS_2_3").status()).isEqualTo(400);
	}

	@Test
	void anEmptyLedgerSummarisesToZeroesInEveryBucket() {
		JsonNode summary = this.http.get("/api/v1/receivables/summary").json();

		assertThat(money(summary, "outstanding")).isEqualTo("0.00");
		assertThat(money(summary, "paid")).isEqualTo("0.00");
		assertThat(summary.path("ageing")).hasSize(5);
		assertThat(summary.path("invoicesByStatus").path("VOID").asLong()).isZero();
	}

	/** The ids of the invoices listed for an ageing bucket (one customer's, or all). */
	/**
	 * Hanbit Foods (limit 10,000, 14 days' terms) owing 3,000 open and 1,500 overdue: an
	 * invoice of 2,000 issued 20 days ago with 500 paid ({@code paymentKey}), and one of
	 * 3,000 issued today, the clock's day.
	 */
	private String owingOpenAndOverdue(String paymentKey) {
		String customer = this.billing.customer("Hanbit Foods", "10000", 14);
		this.clock.set(at(TODAY.minusDays(20)));
		String late = this.billing.invoice(customer, "2000");
		this.billing.pay(late, paymentKey, "500");
		this.clock.set(at(TODAY));
		this.billing.invoice(customer, "3000");
		return customer;
	}

	private List<String> listed(String customer, String bucket) {
		var response = this.http
			.get("/api/v1/invoices?size=100&ageing=" + bucket + ((customer != null) ? "&customerId=" + customer : ""));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("items").findValuesAsString("id");
	}

	private JsonNode creditCheck(String customer, String amount) {
		var response = this.http.get("/api/v1/customers/" + customer + "/credit-check?amount=" + amount);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private static void assertBucket(JsonNode bucket, long invoices, String amount) {
		assertThat(bucket.path("invoices").asLong()).as(bucket.path("bucket").asString()).isEqualTo(invoices);
		assertThat(bucket.path("amount").path("amount").asString()).as(bucket.path("bucket").asString())
			.isEqualTo(amount);
	}

	private static String money(JsonNode node, String field) {
		return node.path(field).path("amount").asString();
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(SEOUL).toInstant();
	}

}
