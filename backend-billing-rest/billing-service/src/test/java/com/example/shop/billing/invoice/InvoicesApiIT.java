package com.example.shop.billing.invoice;

import com.example.shop.billing.BillingApiTest;
import com.example.shop.testsupport.concurrent.Race;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import com.example.shop.testsupport.http.ConcurrentRetries;
import com.example.shop.testsupport.http.HostileRequestsContract;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.http.ProblemAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.example.shop.billing.BillingHttp.invoiceBody;
import static com.example.shop.billing.BillingHttp.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Invoices and payments over real HTTP on loopback against the embedded PostgreSQL. */
class InvoicesApiIT extends BillingApiTest implements HostileRequestsContract {

	String customer;

	@BeforeEach
	void setUp() {
		this.customer = this.billing.customer("Hanbit Foods", "10000000", 14);
	}

	@Test
	void issuingReturnsAnOpenInvoiceNumberedAndDueAfterTheCustomersTerms() {
		String order = UUID.randomUUID().toString();

		var response = this.billing.issue("issue-0001", order, this.customer, "1250");

		assertThat(response.status()).isEqualTo(201);
		JsonNode invoice = response.json();
		assertThat(response.header("Location")).hasValue("/api/v1/invoices/" + invoice.path("id").asString());
		assertThat(response.header("ETag")).hasValue("\"0\"");
		assertThat(invoice.path("number").asString()).matches("INV-\\d{6}");
		assertThat(invoice.path("orderId").asString()).isEqualTo(order);
		assertThat(invoice.path("status").asString()).isEqualTo("OPEN");
		assertThat(invoice.path("payable").asBoolean()).isTrue();
		assertThat(invoice.path("amount").path("amount").asString()).isEqualTo("1250.00");
		assertThat(invoice.path("outstandingAmount").path("amount").asString()).isEqualTo("1250.00");
		assertThat(invoice.path("paidAmount").path("amount").asString()).isEqualTo("0.00");
		// 2026-11-20 10:00 in Seoul, 14 days' terms.
		assertThat(invoice.path("issueDate").asString()).isEqualTo("2026-11-20");
		assertThat(invoice.path("dueDate").asString()).isEqualTo("2026-12-04");
	}

	@Test
	void theIssueDateIsTheBusinessDayInSeoulNotInUtc() {
		// 2026-11-20 15:30 UTC is already the 21st in Seoul.
		this.clock.set(Instant.parse("2026-11-20T15:30:00Z"));

		JsonNode invoice = this.billing.issue("issue-zone", UUID.randomUUID().toString(), this.customer, "10").json();

		assertThat(invoice.path("issueDate").asString()).isEqualTo("2026-11-21");
		assertThat(invoice.path("dueDate").asString()).isEqualTo("2026-12-05");
	}

	@Test
	void issuingAgainForTheSameOrderReturnsTheFirstInvoiceWithAnyKey() {
		String order = UUID.randomUUID().toString();
		var first = this.billing.issue("issue-first", order, this.customer, "1000");
		var replay = this.billing.issue("issue-first", order, this.customer, "1000");
		var again = this.billing.issue("issue-second", order, this.customer, "1000");

		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("Idempotency-Replayed")).hasValue("false");
		assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(again.json().path("number")).isEqualTo(first.json().path("number"));
		assertThat(invoiceCount()).isEqualTo(1);
	}

	@Test
	void issuingForAnInvoicedOrderWithAnotherAmountIs409AndChangesNothing() {
		String order = UUID.randomUUID().toString();
		String first = this.billing.issue("issue-first-key", order, this.customer, "1000")
			.json()
			.path("number")
			.asString();
		long idempotencyBefore = idempotencyRecords();

		var other = this.billing.issue("issue-second-key", order, this.customer, "999");

		assertThat(other.status()).isEqualTo(409);
		assertThat(other.problemType()).isEqualTo("invoice-already-issued");
		assertThat(other.json().path("invoiceNumber").asString()).isEqualTo(first);
		assertThat(invoiceCount()).isEqualTo(1);
		assertThat(idempotencyRecords()).isEqualTo(idempotencyBefore);
	}

	@Test
	void concurrentIssuesForOneOrderWithDifferentKeysCreateExactlyOneInvoice() throws Exception {
		String order = UUID.randomUUID().toString();

		List<LoopbackHttp.Response> responses = Race.race(8,
				() -> this.billing.issue("issue-" + UUID.randomUUID(), order, this.customer, "500"));

		assertThat(responses).extracting(LoopbackHttp.Response::status).containsOnly(201, 200).containsOnlyOnce(201);
		assertThat(responses.stream().map((r) -> r.json().path("id").asString()).distinct()).hasSize(1);
		assertThat(invoiceCount()).isEqualTo(1);
	}

	@Test
	void partialPaymentsKeepTheInvoiceOpenAndTheOneReachingTheAmountMakesItPaid() {
		String invoice = this.billing.invoice(this.customer, "1000");

		var first = this.billing.pay(invoice, "pay-0001", "300.50");
		this.clock.advance(Duration.ofMinutes(5));
		var second = this.billing.pay(invoice, "pay-0002", "699.50");

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("invoice").path("status").asString()).isEqualTo("OPEN");
		assertThat(first.json().path("invoice").path("payable").asBoolean()).isTrue();
		assertThat(first.json().path("invoice").path("outstandingAmount").path("amount").asString())
			.isEqualTo("699.50");
		assertThat(first.json().path("payment").path("amount").path("amount").asString()).isEqualTo("300.50");
		assertThat(first.header("ETag")).hasValue("\"1\"");
		assertThat(second.json().path("invoice").path("status").asString()).isEqualTo("PAID");
		assertThat(second.json().path("invoice").path("payable").asBoolean()).isFalse();
		assertThat(second.json().path("invoice").path("paidAmount").path("amount").asString()).isEqualTo("1000.00");
		assertThat(second.header("ETag")).hasValue("\"2\"");
		JsonNode payments = this.http.get("/api/v1/invoices/" + invoice + "/payments").json();
		assertThat(payments).hasSize(2);
		assertThat(payments.get(0).path("amount").path("amount").asString()).isEqualTo("300.50");
		assertThat(payments.get(0).path("method").asString()).isEqualTo("BANK_TRANSFER");
		assertPaidAmountsEqualTheSumOfPayments();
	}

	@Test
	void anOverpaymentIs409AndRecordsNothing() {
		String invoice = this.billing.invoice(this.customer, "1000");
		this.billing.pay(invoice, "pay-part", "400");

		var over = this.billing.pay(invoice, "pay-over", "600.01");

		assertThat(over.status()).isEqualTo(409);
		assertThat(over.problemType()).isEqualTo("overpayment");
		assertThat(over.json().path("outstandingAmount").asString()).isEqualTo("600.00");
		assertThat(paymentCount()).isEqualTo(1);
		assertThat(this.http.get("/api/v1/invoices/" + invoice).header("ETag")).hasValue("\"1\"");
	}

	@Test
	void twoPaymentsRacingForTheLastOpenAmountLetExactlyOneWin() throws Exception {
		for (int round = 0; round < 5; round++) {
			String invoice = this.billing.invoice(this.customer, "1000");
			this.billing.pay(invoice, "pay-first-" + round, "400");

			List<LoopbackHttp.Response> responses = Race.race(2,
					() -> this.billing.pay(invoice, "pay-" + UUID.randomUUID(), "600"));

			assertThat(responses).extracting(LoopbackHttp.Response::status).containsExactlyInAnyOrder(201, 409);
			assertThat(responses.stream().filter((r) -> r.status() == 409).map(LoopbackHttp.Response::problemType))
				.containsExactly("invoice-not-payable");
			JsonNode after = this.http.get("/api/v1/invoices/" + invoice).json();
			assertThat(after.path("status").asString()).isEqualTo("PAID");
			assertThat(after.path("paidAmount").path("amount").asString()).isEqualTo("1000.00");
			assertThat(this.http.get("/api/v1/invoices/" + invoice + "/payments").json()).hasSize(2);
		}
		assertPaidAmountsEqualTheSumOfPayments();
	}

	@Test
	void manyPartialPaymentsRacingNeverPayMoreThanTheAmount() throws Exception {
		String invoice = this.billing.invoice(this.customer, "1000");

		List<LoopbackHttp.Response> responses = Race.race(8,
				() -> this.billing.pay(invoice, "pay-" + UUID.randomUUID(), "300"));

		assertThat(responses.stream().filter((r) -> r.status() == 201)).hasSize(3);
		assertThat(responses.stream().filter((r) -> r.status() == 409).map(LoopbackHttp.Response::problemType))
			.hasSize(5)
			.containsOnly("overpayment");
		JsonNode after = this.http.get("/api/v1/invoices/" + invoice).json();
		assertThat(after.path("paidAmount").path("amount").asString()).isEqualTo("900.00");
		assertThat(after.path("status").asString()).isEqualTo("OPEN");
		assertPaidAmountsEqualTheSumOfPayments();
	}

	@Test
	void replayingAPaymentReturnsTheFirstReceiptAndRecordsItOnce() {
		String invoice = this.billing.invoice(this.customer, "1000");

		var first = this.billing.pay(invoice, "pay-replay", "250");
		var replay = this.billing.pay(invoice, "pay-replay", "250");

		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
		assertThat(replay.json().path("payment").path("id")).isEqualTo(first.json().path("payment").path("id"));
		assertThat(replay.json().path("invoice").path("version").asLong()).isEqualTo(1);
		assertThat(paymentCount()).isEqualTo(1);
		assertThat(
				this.http.get("/api/v1/invoices/" + invoice).json().path("outstandingAmount").path("amount").asString())
			.isEqualTo("750.00");
	}

	@Test
	void concurrentRetriesOfOnePaymentRecordItExactlyOnce() throws Exception {
		String invoice = this.billing.invoice(this.customer, "1000");

		List<LoopbackHttp.Response> responses = Race.race(8, () -> this.billing.pay(invoice, "pay-retried", "100"));

		ConcurrentRetries.assertCreatedOnce(responses, "/payment/id");
		assertThat(paymentCount()).isEqualTo(1);
	}

	@Test
	void aPaymentKeyReusedForAnotherAmountOrAnotherInvoiceIs422() {
		String invoice = this.billing.invoice(this.customer, "1000");
		String other = this.billing.invoice(this.customer, "1000");
		this.billing.pay(invoice, "pay-reused", "100");

		var otherAmount = this.billing.pay(invoice, "pay-reused", "200");
		var otherInvoice = this.billing.pay(other, "pay-reused", "100");

		assertThat(otherAmount.status()).isEqualTo(422);
		assertThat(otherInvoice.status()).isEqualTo(422);
		assertThat(otherInvoice.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(paymentCount()).isEqualTo(1);
	}

	@Test
	void anOpenInvoicePastItsDueDateReadsAsOverdueAtOnceBeforeAnyBatchPersistsIt() {
		String invoice = this.billing.invoice(this.customer, "1000");
		String notYetDue = this.billing.invoice(this.customer, "500");
		this.jdbc.sql("update invoice set due_date = date '2026-12-10' where id = :id")
			.param("id", UUID.fromString(notYetDue))
			.update();

		// Due 2026-12-04: the last second of that day in Seoul is still on time ...
		this.clock.set(Instant.parse("2026-12-04T14:59:59Z"));
		assertThat(this.http.get("/api/v1/invoices/" + invoice).json().path("status").asString()).isEqualTo("OPEN");
		// ... and the first second of the 5th is not.
		this.clock.set(Instant.parse("2026-12-04T15:00:00Z"));
		JsonNode overdue = this.http.get("/api/v1/invoices/" + invoice).json();

		assertThat(overdue.path("status").asString()).isEqualTo("OVERDUE");
		assertThat(overdue.path("payable").asBoolean()).isTrue();
		assertThat(overdue.path("daysOverdue").asLong()).isEqualTo(1);
		assertThat(storedStatus(invoice)).isEqualTo("OPEN");
		assertThat(this.http.get("/api/v1/invoices?status=OVERDUE").json().path("items").findValuesAsString("id"))
			.containsExactly(invoice);
		assertThat(this.http.get("/api/v1/invoices?status=OPEN").json().path("items").findValuesAsString("id"))
			.containsExactly(notYetDue);
	}

	@Test
	void anOverdueInvoiceCanStillBePaidInPartsAndThenInFull() {
		String invoice = this.billing.invoice(this.customer, "1000");
		this.clock.set(Instant.parse("2026-12-10T01:00:00Z"));

		var part = this.billing.pay(invoice, "pay-late-1", "100");
		String storedAfterPart = storedStatus(invoice);
		var rest = this.billing.pay(invoice, "pay-late-2", "900");

		assertThat(part.json().path("invoice").path("status").asString()).isEqualTo("OVERDUE");
		assertThat(storedAfterPart).isEqualTo("OVERDUE");
		assertThat(rest.json().path("invoice").path("status").asString()).isEqualTo("PAID");
		assertThat(rest.json().path("invoice").path("daysOverdue").asLong()).isZero();
	}

	@Test
	void voidingNeedsIfMatchRefusesStaleVersionsAndKeepsTheReason() {
		String invoice = this.billing.invoice(this.customer, "1000");

		var missing = this.http.post("/api/v1/invoices/" + invoice + "/void", null);
		var stale = this.billing.voidInvoice(invoice, "\"7\"");
		var voided = this.billing.voidInvoice(invoice, "\"0\"");
		var again = this.billing.voidInvoice(invoice, "\"1\"");

		assertThat(missing.status()).isEqualTo(428);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.header("ETag")).hasValue("\"1\"");
		assertThat(voided.json().path("status").asString()).isEqualTo("VOID");
		assertThat(voided.json().path("payable").asBoolean()).isFalse();
		assertThat(voided.json().path("voidReason").asString()).isEqualTo("order cancelled");
		assertThat(voided.json().path("outstandingAmount").path("amount").asString()).isEqualTo("0.00");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("invalid-state-transition");
	}

	@Test
	void aVoidReasonWithControlCharactersIsA400AndChangesNothing() {
		String invoice = this.billing.invoice(this.customer, "1000");

		var refused = this.http.post("/api/v1/invoices/" + invoice + "/void", "{\"reason\": \"bad\\u0000reason\"}",
				"If-Match", "\"0\"");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
		assertThat(this.http.get("/api/v1/invoices/" + invoice).json().path("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void anOverdueInvoiceCanBeVoided() {
		String invoice = this.billing.invoice(this.customer, "1000");
		this.clock.set(Instant.parse("2027-02-01T01:00:00Z"));

		var voided = this.billing.voidInvoice(invoice, "\"0\"");

		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.json().path("status").asString()).isEqualTo("VOID");
		assertThat(voided.json().path("daysOverdue").asLong()).isZero();
	}

	@Test
	void anInvoiceWithAPaymentIsNeverVoidedAndStaysAsItWas() {
		String invoice = this.billing.invoice(this.customer, "1000");
		this.billing.pay(invoice, "pay-before-void", "0.01");

		var refused = this.billing.voidInvoice(invoice, "\"1\"");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("invoice-has-payments");
		JsonNode after = this.http.get("/api/v1/invoices/" + invoice).json();
		assertThat(after.path("status").asString()).isEqualTo("OPEN");
		assertThat(after.path("version").asLong()).isEqualTo(1);
		assertThat(after.path("voidReason").isNull()).isTrue();
	}

	@Test
	void voidingForACancelledOrderVoidsItsInvoiceOnceAndNoInvoiceIsIssuedAfterwards() {
		String order = UUID.randomUUID().toString();
		String invoice = this.billing.issue("issue-cancelled", order, this.customer, "1000")
			.json()
			.path("id")
			.asString();

		var voided = voidForOrder(order);
		var again = voidForOrder(order);
		var late = this.billing.issue("issue-late", order, this.customer, "1000");

		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.json().path("invoice").path("id").asString()).isEqualTo(invoice);
		assertThat(voided.json().path("invoice").path("status").asString()).isEqualTo("VOID");
		assertThat(again.json().path("invoice").path("version"))
			.isEqualTo(voided.json().path("invoice").path("version"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("order-invoice-voided");
		assertThat(invoiceCount()).isOne();
	}

	@Test
	void voidingForAnOrderWithoutInvoiceMakesSureNoneIsEverIssued() {
		String order = UUID.randomUUID().toString();

		var voided = voidForOrder(order);
		var late = this.billing.issue("issue-never", order, this.customer, "1000");

		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.json().path("invoice").isNull()).isTrue();
		assertThat(late.status()).isEqualTo(409);
		assertThat(invoiceCount()).isZero();
	}

	@Test
	void issuingAndVoidingForOneOrderAtOnceNeverLeaveAnOpenInvoice() throws Exception {
		for (int round = 0; round < 10; round++) {
			String order = UUID.randomUUID().toString();
			String key = "issue-race-" + round;
			java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

			List<LoopbackHttp.Response> responses = Race.race(2, () -> (turn.getAndIncrement() == 0)
					? this.billing.issue(key, order, this.customer, "100") : voidForOrder(order));

			List<String> statuses = this.jdbc.sql("select status from invoice where order_id = :order")
				.param("order", UUID.fromString(order))
				.query(String.class)
				.list();
			assertThat(statuses).as(responses.toString()).allMatch("VOID"::equals);
		}
	}

	@Test
	void anOrderWhoseInvoiceHasPaymentsIsNotVoidedForItsCancellation() {
		String order = UUID.randomUUID().toString();
		String invoice = this.billing.issue("issue-paid", order, this.customer, "1000").json().path("id").asString();
		this.billing.pay(invoice, "pay-before-cancel", "10");

		var refused = voidForOrder(order);
		var later = this.billing.issue("issue-paid-again", order, this.customer, "1000");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("invoice-has-payments");
		assertThat(this.http.get("/api/v1/invoices/" + invoice).json().path("status").asString()).isEqualTo("OPEN");
		assertThat(later.status()).as("the order was not cancelled: its invoice is still its invoice").isEqualTo(200);
	}

	@Test
	void aVoidOrPaidInvoiceTakesNoPayment() {
		String voided = this.billing.invoice(this.customer, "1000");
		this.billing.voidInvoice(voided, "\"0\"");
		String paid = this.billing.invoice(this.customer, "1000");
		this.billing.pay(paid, "pay-full", "1000");

		var onVoid = this.billing.pay(voided, "pay-on-void", "1");
		var onPaid = this.billing.pay(paid, "pay-on-paid", "1");

		assertThat(onVoid.status()).isEqualTo(409);
		assertThat(onVoid.problemType()).isEqualTo("invoice-not-payable");
		assertThat(onVoid.json().path("currentStatus").asString()).isEqualTo("VOID");
		assertThat(onPaid.status()).isEqualTo(409);
		assertThat(onPaid.problemType()).isEqualTo("invoice-not-payable");
		assertThat(paymentCount()).isEqualTo(1);
	}

	@Test
	void listingFiltersByOrderCustomerAndStatusAndPagesWithATotal() {
		String other = this.billing.customer("Daejeon Labs", "1000000", 30);
		String order = UUID.randomUUID().toString();
		String byOrder = this.billing.issue("issue-list-1", order, this.customer, "100").json().path("id").asString();
		this.clock.advance(Duration.ofMinutes(1));
		String paid = this.billing.invoice(this.customer, "200");
		this.billing.pay(paid, "pay-list", "200");
		this.clock.advance(Duration.ofMinutes(1));
		String others = this.billing.invoice(other, "300");

		JsonNode forOrder = this.http.get("/api/v1/invoices?orderId=" + order + "&orderId=" + UUID.randomUUID()).json();
		JsonNode forCustomer = this.http.get("/api/v1/invoices?customerId=" + this.customer).json();
		JsonNode paidOnes = this.http.get("/api/v1/invoices?status=PAID&status=VOID").json();
		JsonNode unpaidOfCustomer = this.http
			.get("/api/v1/invoices?customerId=" + this.customer + "&status=OPEN&status=OVERDUE")
			.json();
		JsonNode newestFirst = this.http.get("/api/v1/invoices?size=2").json();
		JsonNode byAmount = this.http.get("/api/v1/invoices?sort=amount,asc").json();

		assertThat(forOrder.path("items").findValuesAsString("id")).containsExactly(byOrder);
		assertThat(forCustomer.path("total").asLong()).isEqualTo(2);
		assertThat(paidOnes.path("items").findValuesAsString("id")).containsExactly(paid);
		assertThat(unpaidOfCustomer.path("items").findValuesAsString("id")).containsExactly(byOrder);
		assertThat(newestFirst.path("total").asLong()).isEqualTo(3);
		assertThat(newestFirst.path("items").findValuesAsString("id")).containsExactly(others, paid);
		assertThat(byAmount.path("items").findValuesAsString("id")).containsExactly(byOrder, paid, others);
	}

	@Test
	void searchFindsByTheNumbersStartItsDigitsOrEveryWordOfTheCustomersName() {
		String other = this.billing.customer("Daejeon Green Labs", "1000000", 30);
		String first = this.billing.invoice(this.customer, "100");
		String second = this.billing.invoice(other, "200");
		String third = this.billing.invoice(other, "300");
		String number = this.http.get("/api/v1/invoices/" + second).json().path("number").asString();
		String digits = number.replaceFirst("^INV-0*", "");

		assertThat(search(number.toLowerCase())).as("the whole number, any case").containsExactly(second);
		assertThat(search(digits)).as("its digits alone").containsExactly(second);
		assertThat(search("0" + digits)).as("leading zeros do not matter").containsExactly(second);
		assertThat(search("inv-" + digits)).as("the number however typed").containsExactly(second);
		assertThat(search("ORD-" + digits)).as("another sequence's number is not this one").isEmpty();
		assertThat(search("INV-")).containsExactlyInAnyOrder(first, second, third);
		assertThat(search("labs green")).as("every word, any order, any case").containsExactlyInAnyOrder(second, third);
		assertThat(search("hanbit")).containsExactly(first);
		assertThat(search("green hanbit")).as("every word, not any").isEmpty();
		assertThat(search("%")).as("pattern characters match literally").isEmpty();
		assertThat(this.http.get("/api/v1/invoices?q=labs&customerId=" + other + "&sort=amount,desc")
			.json()
			.path("items")
			.findValuesAsString("id")).as("with the other filters, AND").containsExactly(third, second);
		assertThat(this.http.get("/api/v1/invoices?q=labs&size=1").json().path("total").asLong()).isEqualTo(2);
	}

	private List<String> search(String q) {
		var response = this.http
			.get("/api/v1/invoices?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("items").findValuesAsString("id");
	}

	static Stream<Arguments> badIssueRequests() {
		String customer = "6f1c1f44-3d5e-4c53-9d0e-5f0b8f5f2d11";
		String order = "0b0e2a4c-79b1-4b7e-8a3b-0c2f7e6d9a10";
		return Stream.of(Arguments.of("malformed JSON", "{\"orderId\": ", "malformed-request", null),
				Arguments.of("zero amount", invoiceBody(order, "CUSTOMER", "0.00"), "validation", "amount.amount"),
				Arguments.of("negative amount", invoiceBody(order, "CUSTOMER", "-5"), "validation", "amount.amount"),
				Arguments.of("three fraction digits", invoiceBody(order, "CUSTOMER", "1.005"), "validation",
						"amount.amount"),
				Arguments.of("other currency", invoiceBody(order, "CUSTOMER", "1").replace("KRW", "EUR"), "validation",
						"amount.currency"),
				Arguments.of("unknown customer", invoiceBody(order, customer, "1"), "validation", "customerId"),
				Arguments.of("order id not a UUID", invoiceBody("ORD-1", "CUSTOMER", "1"), "malformed-request",
						"orderId"),
				Arguments.of("missing order",
						"{\"customerId\": \"CUSTOMER\", \"amount\": {\"amount\": \"1\", " + "\"currency\": \"KRW\"}}",
						"validation", "orderId"),
				Arguments.of("unknown field",
						invoiceBody(order, "CUSTOMER", "1").replaceFirst("\\{\"", "{\"tax\": 1, \""),
						"malformed-request", "tax"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badIssueRequests")
	void aBadIssueRequestIsA400ProblemNamingTheFieldAndChangesNothing(String name, String body, String type,
			String field) {
		long idempotencyBefore = idempotencyRecords();

		var response = this.http.post("/api/v1/invoices", body.replace("CUSTOMER", this.customer), "Idempotency-Key",
				"issue-bad-" + Math.abs(name.hashCode()));

		ProblemAssertions.assertInvalid(response, type, field);
		assertThat(invoiceCount()).isZero();
		assertThat(idempotencyRecords()).isEqualTo(idempotencyBefore);
	}

	static Stream<Arguments> badPayments() {
		return Stream.of(Arguments.of("zero", paymentBody("0"), "validation", "amount.amount"),
				Arguments.of("other currency", paymentBody("1").replace("KRW", "USD"), "validation", "amount.currency"),
				Arguments.of("unknown method", paymentBody("1").replace("BANK_TRANSFER", "IOU"), "malformed-request",
						"method"),
				Arguments.of("reference with markup", paymentBody("1").replace("TRX-1", "<script>"), "validation",
						"reference"),
				Arguments.of("NUL in the reference", paymentBody("1").replace("TRX-1", "TRX\\u00001"), "validation",
						"reference"),
				Arguments.of("amount as a float", paymentBody("1").replace("\"1\"", "1e2"), "validation",
						"amount.amount"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badPayments")
	void aBadPaymentIsA400ProblemNamingTheFieldAndChangesNothing(String name, String body, String type, String field) {
		String invoice = this.billing.invoice(this.customer, "1000");
		long idempotencyBefore = idempotencyRecords();

		var response = this.http.post("/api/v1/invoices/" + invoice + "/payments", body, "Idempotency-Key",
				"pay-bad-" + Math.abs(name.hashCode()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo(type);
		assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
		assertThat(paymentCount()).isZero();
		assertThat(idempotencyRecords()).isEqualTo(idempotencyBefore);
		assertThat(this.http.get("/api/v1/invoices/" + invoice).json().path("version").asLong()).isZero();
	}

	/** Every request carries a key, so that no POST is refused merely for lacking one. */
	@Override
	public String[] hostileRequestHeaders() {
		return new String[] { "Idempotency-Key", "hostile-key-1" };
	}

	/** The requests {@link HostileRequestsContract} sends: method, path, body, status. */
	static Stream<Arguments> hostileRequests() {
		String missing = UUID.randomUUID().toString();
		return Stream.of(Arguments.of("GET", "/api/v1/invoices?size=101", null, 400),
				Arguments.of("GET", "/api/v1/invoices?page=-1", null, 400),
				Arguments.of("GET", "/api/v1/invoices?status=OVERDUEE", null, 400),
				Arguments.of("GET", "/api/v1/invoices?customerId=nope", null, 400),
				Arguments.of("GET", "/api/v1/invoices?sort=status", null, 400),
				Arguments.of("GET", "/api/v1/invoices?q=" + "x".repeat(101), null, 400),
				Arguments.of("GET", "/api/v1/invoices?q=a%00b", null, 400),
				Arguments.of("GET", "/api/v1/invoices/" + missing, null, 404),
				Arguments.of("GET", "/api/v1/invoices/" + missing + "/payments", null, 404),
				Arguments.of("GET", "/api/v1/invoices/not-a-uuid/payments", null, 400),
				Arguments.of("POST", "/api/v1/invoices/" + missing + "/payments", paymentBody("1"), 404),
				Arguments.of("POST", "/api/v1/invoices/" + missing + "/void", null, 428),
				Arguments.of("POST", "/api/v1/invoices/" + missing + "/refund", null, 404),
				Arguments.of("GET", "/api/v1/invoices/" + missing + "/audit", null, 404),
				Arguments.of("GET", "/api/v1/invoices/not-a-uuid/audit", null, 400),
				Arguments.of("GET", "/api/v1/invoices/" + missing + "/audit?size=0", null, 400),
				Arguments.of("GET", "/api/v1/invoices/" + missing + "/audit?size=101", null, 400),
				Arguments.of("GET", "/api/v1/invoices/" + missing + "/audit?size=1e3", null, 400),
				Arguments.of("GET", "/api/v1/invoices/" + missing + "/audit?size=99999999999", null, 400),
				Arguments.of("POST", "/api/v1/invoices/" + missing + "/audit", "{}", 405),
				Arguments.of("DELETE", "/api/v1/invoices/" + missing, null, 405),
				Arguments.of("PUT", "/api/v1/invoices/" + missing, "{}", 405));
	}

	@Test
	void voidingAnUnknownInvoiceIs404() {
		var response = this.billing.voidInvoice(UUID.randomUUID().toString(), "\"0\"");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.problemType()).isEqualTo("not-found");
	}

	@Test
	void listingAHundredAndOneOrderIdsIsRefused() {
		StringBuilder query = new StringBuilder("/api/v1/invoices?");
		for (int i = 0; i < 101; i++) {
			query.append("orderId=").append(UUID.randomUUID()).append('&');
		}

		var response = this.http.get(query.toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("orderId");
	}

	private void assertPaidAmountsEqualTheSumOfPayments() {
		List<String> mismatches = this.jdbc.sql("""
				select i.number from invoice i left join payment p on p.invoice_id = i.id
				group by i.id, i.number, i.paid_amount
				having i.paid_amount <> coalesce(sum(p.amount), 0)""").query(String.class).list();
		assertThat(mismatches).isEmpty();
		BigDecimal paid = this.jdbc.sql("select coalesce(sum(paid_amount), 0) from invoice")
			.query(BigDecimal.class)
			.single();
		BigDecimal payments = this.jdbc.sql("select coalesce(sum(amount), 0) from payment")
			.query(BigDecimal.class)
			.single();
		assertThat(paid).isEqualByComparingTo(payments);
		// Each issue and each payment has exactly one audit entry: a race's loser,
		// refused,
		// records nothing.
		List<String> unaudited = this.jdbc.sql("""
				select i.number from invoice i
				where (select count(*) from billing_audit a where a.entity_id = i.id and a.action = 'ISSUED') <> 1
				   or (select count(*) from billing_audit a where a.entity_id = i.id and a.action = 'PAYMENT_RECORDED')
				      <> (select count(*) from payment p where p.invoice_id = i.id)""").query(String.class).list();
		assertThat(unaudited).isEmpty();
	}

	private String storedStatus(String invoice) {
		return this.jdbc.sql("select status from invoice where id = :id")
			.param("id", UUID.fromString(invoice))
			.query(String.class)
			.single();
	}

	private LoopbackHttp.Response voidForOrder(String order) {
		return this.http.post("/api/v1/invoices/void-for-order",
				"{\"orderId\": \"" + order + "\", \"reason\": \"order cancelled\"}");
	}

	private long invoiceCount() {
		return this.jdbc.sql("select count(*) from invoice").query(Long.class).single();
	}

	private long paymentCount() {
		return this.jdbc.sql("select count(*) from payment").query(Long.class).single();
	}

	private long idempotencyRecords() {
		return this.jdbc.sql("select count(*) from idempotency_record").query(Long.class).single();
	}

}
