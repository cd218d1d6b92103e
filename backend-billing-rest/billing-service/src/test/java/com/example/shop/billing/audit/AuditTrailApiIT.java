package com.example.shop.billing.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.example.shop.billing.BillingApiTest;
import com.example.shop.billing.BillingHttp;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.http.ProblemAssertions;
import com.example.shop.testsupport.postgres.RefusedRows;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import org.junit.jupiter.api.Test;

import static com.example.shop.billing.BillingHttp.customerBody;
import static com.example.shop.billing.BillingHttp.invoiceBody;
import static com.example.shop.billing.BillingHttp.paymentBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail over real HTTP: every change to an invoice or a customer, made with a
 * person's token, is the trail's newest entry naming that person, the action and a detail
 * at the instant the change stamped as {@code updatedAt}; a refused change records
 * nothing, and an entry that cannot be written undoes its change. Whoever reads the
 * invoice or customer reads it.
 */
class AuditTrailApiIT extends BillingApiTest {

	private static final String INVOICES = "/api/v1/invoices";

	private static final String CUSTOMERS = "/api/v1/customers";

	@Test
	void anInvoicesTrailNamesWhoIssuedItAndWhoRecordedEachPaymentNewestFirst() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		// Issuing is a saga step: the BFF relays the person's token, so the entry names
		// the person.
		this.clock.set(Instant.parse("2026-11-20T01:00:00.123456789Z"));
		String order = UUID.randomUUID().toString();
		JsonNode issued = as("kim", "SALES")
			.post(INVOICES, invoiceBody(order, customer, "1000"), "Idempotency-Key", "issue-0001")
			.json();
		String id = issued.path("id").asString();
		this.clock.advance(Duration.ofMinutes(5));
		JsonNode part = as("lee", "BILLING")
			.post(INVOICES + "/" + id + "/payments", paymentBody("400"), "Idempotency-Key", "payment-0001")
			.json()
			.path("invoice");
		this.clock.advance(Duration.ofMinutes(5));
		JsonNode rest = as("park", "ADMIN")
			.post(INVOICES + "/" + id + "/payments",
					LoopbackHttp.json(Map.of("amount", BillingHttp.money("600.00"), "method", "CARD")),
					"Idempotency-Key", "payment-0002")
			.json()
			.path("invoice");

		JsonNode trail = trail(INVOICES, id);

		assertThat(trail.path("items")).hasSize(3);
		assertEntry(trail.path("items").get(0), rest.path("updatedAt").asString(), "park", "PAYMENT_RECORDED",
				"payment 600.00 KRW by CARD; settled, paid in full");
		assertEntry(trail.path("items").get(1), part.path("updatedAt").asString(), "lee", "PAYMENT_RECORDED",
				"payment 400.00 KRW by BANK_TRANSFER, reference TRX-1; 600.00 KRW outstanding");
		assertEntry(trail.path("items").get(2), issued.path("updatedAt").asString(), "kim", "ISSUED",
				issued.path("number").asString() + " for order " + order + ": 1000.00 KRW, due 2026-12-04");
		assertThat(issued.path("updatedAt").asString()).isEqualTo("2026-11-20T01:00:00.123456Z");
		assertThat(rest.path("status").asString()).isEqualTo("PAID");
	}

	@Test
	void voidingByHandNamesThePersonAndTheReasonOnOneLine() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		String id = this.billing.invoice(customer, "1000");
		this.clock.advance(Duration.ofHours(1));

		var voided = as("lee", "BILLING").post(INVOICES + "/" + id + "/void",
				"{\"reason\": \"customer cancelled\\nby phone\"}", "If-Match", "\"0\"");

		assertThat(voided.status()).isEqualTo(200);
		JsonNode newest = trail(INVOICES, id).path("items").get(0);
		assertEntry(newest, voided.json().path("updatedAt").asString(), "lee", "VOIDED",
				"voided: customer cancelled by phone");
	}

	@Test
	void voidingForACancelledOrderNamesThePersonWhoCancelledItOnce() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		String order = UUID.randomUUID().toString();
		String id = this.billing.issue("issue-0001", order, customer, "1000").json().path("id").asString();
		LoopbackHttp kim = as("kim", "SALES");
		String body = "{\"orderId\": \"" + order + "\", \"reason\": \"order cancelled\"}";

		JsonNode first = kim.post(INVOICES + "/void-for-order", body).json().path("invoice");
		var again = kim.post(INVOICES + "/void-for-order", body);

		assertThat(again.status()).isEqualTo(200);
		JsonNode items = trail(INVOICES, id).path("items");
		assertThat(items).hasSize(2);
		assertEntry(items.get(0), first.path("updatedAt").asString(), "kim", "VOIDED", "voided: order cancelled");
		assertThat(items.get(1).path("action").asString()).isEqualTo("ISSUED");
		assertThat(items.get(1).path("actor").asString()).isEqualTo("tester");
	}

	@Test
	void theUisOwnWorkNamesTheUi() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		LoopbackHttp ui = new LoopbackHttp(this.port).withBearer(Caller.SERVICE.token());

		String id = ui
			.post(INVOICES, invoiceBody(UUID.randomUUID().toString(), customer, "10"), "Idempotency-Key",
					"reconciler-1")
			.json()
			.path("id")
			.asString();

		assertThat(trail(INVOICES, id).path("items").get(0).path("actor").asString()).isEqualTo("ui-app");
	}

	@Test
	void aCustomersTrailNamesWhoOpenedItAndEachEditWithWhatChangedOldToNew() {
		this.clock.set(Instant.parse("2026-11-20T01:00:00.000000999Z"));
		JsonNode created = as("lee", "BILLING")
			.post(CUSTOMERS, customerBody("Hanbit Foods", "1000", 30), "Idempotency-Key", "customer-1")
			.json();
		String id = created.path("id").asString();
		this.clock.advance(Duration.ofMinutes(1));
		JsonNode renamed = update(as("park", "ADMIN"), id, 0, "Hanbit Foods Ltd", "ap@hanbitfoods.example.com",
				"2500.50", 30, "ACTIVE");
		this.clock.advance(Duration.ofMinutes(1));
		JsonNode suspended = update(as("lee", "BILLING"), id, 1, "Hanbit Foods Ltd", "billing@hanbit.example.com",
				"2500.50", 14, "SUSPENDED");
		this.clock.advance(Duration.ofMinutes(1));
		JsonNode reactivated = update(as("park", "ADMIN"), id, 2, "Hanbit Foods Ltd", "billing@hanbit.example.com",
				"2500.50", 14, "ACTIVE");
		this.clock.advance(Duration.ofMinutes(1));
		JsonNode unchanged = update(as("park", "ADMIN"), id, 3, "Hanbit Foods Ltd", "billing@hanbit.example.com",
				"2500.50", 14, "ACTIVE");

		JsonNode items = trail(CUSTOMERS, id).path("items");

		assertThat(items).hasSize(5);
		assertEntry(items.get(0), unchanged.path("updatedAt").asString(), "park", "UPDATED", "saved without changes");
		assertEntry(items.get(1), reactivated.path("updatedAt").asString(), "park", "REACTIVATED",
				"status SUSPENDED → ACTIVE");
		assertEntry(items.get(2), suspended.path("updatedAt").asString(), "lee", "SUSPENDED",
				"status ACTIVE → SUSPENDED; terms 30 → 14 days; "
						+ "email \"ap@hanbitfoods.example.com\" → \"billing@hanbit.example.com\"");
		assertEntry(items.get(3), renamed.path("updatedAt").asString(), "park", "UPDATED",
				"credit limit 1000.00 → 2500.50 KRW; name \"Hanbit Foods\" → \"Hanbit Foods Ltd\"");
		assertEntry(items.get(4), created.path("updatedAt").asString(), "lee", "CREATED",
				"opened ACTIVE: name \"Hanbit Foods\", email \"ap@hanbitfoods.example.com\", "
						+ "credit limit 1000.00 KRW, terms 30 days");
	}

	@Test
	void eachEntryCarriesWhatChangedFieldByFieldForClientsToShowInTheirLanguage() {
		JsonNode created = as("lee", "BILLING")
			.post(CUSTOMERS, customerBody("Hanbit Foods", "5000000", 30), "Idempotency-Key", "customer-1")
			.json();
		String id = created.path("id").asString();
		update(as("park", "ADMIN"), id, 0, "Hanbit Foods", "ap@hanbitfoods.example.com", "5856000", 14, "SUSPENDED");
		update(as("park", "ADMIN"), id, 1, "Hanbit Foods", "ap@hanbitfoods.example.com", "5856000", 14, "SUSPENDED");

		JsonNode items = trail(CUSTOMERS, id).path("items");

		assertThat(items.get(2).path("detail").asString()).contains("credit limit 5000000.00 KRW");
		assertThat(changes(items.get(2))).containsExactly("status STATUS - → ACTIVE", "name TEXT - → Hanbit Foods",
				"email TEXT - → ap@hanbitfoods.example.com", "creditLimit MONEY - → 5000000.00 KRW",
				"paymentTermsDays NUMBER - → 30 days");
		assertThat(items.get(1).path("detail").asString())
			.isEqualTo("status ACTIVE → SUSPENDED; credit limit 5000000.00 → 5856000.00 KRW; terms 30 → 14 days");
		assertThat(changes(items.get(1))).containsExactly("status STATUS ACTIVE → SUSPENDED",
				"creditLimit MONEY 5000000.00 → 5856000.00 KRW", "paymentTermsDays NUMBER 30 → 14 days");
		assertThat(items.get(0).path("detail").asString()).isEqualTo("saved without changes");
		assertThat(items.get(0).path("changes").isArray()).isTrue();
		assertThat(items.get(0).path("changes")).isEmpty();
	}

	@Test
	void anInvoicesEntriesCarryItsStatusAndWhatIsOutstanding() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		this.clock.set(Instant.parse("2026-11-20T01:00:00Z"));
		String id = this.billing.invoice(customer, "1000");
		this.billing.pay(id, "payment-0001", "400");
		this.billing.pay(id, "payment-0002", "600");

		JsonNode items = trail(INVOICES, id).path("items");

		assertThat(changes(items.get(0))).containsExactly("status STATUS OPEN → PAID",
				"outstanding MONEY 600.00 → 0.00 KRW");
		assertThat(changes(items.get(1))).containsExactly("outstanding MONEY 1000.00 → 600.00 KRW");
		assertThat(changes(items.get(2))).containsExactly("status STATUS - → OPEN", "amount MONEY - → 1000.00 KRW",
				"dueDate DATE - → 2026-12-04");
	}

	@Test
	void anEntryRecordedBeforeEntriesKeptTheirChangesHasNoneAndOnlyItsDetail() {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);
		this.jdbc
			.sql("""
					insert into billing_audit (entity_type, entity_id, action, actor, at, detail)
					values ('CUSTOMER', cast(:id as uuid), 'UPDATED', 'lee', now(), 'credit limit 1000.00 → 2000.00 KRW')""")
			.param("id", id)
			.update();

		JsonNode newest = trail(CUSTOMERS, id).path("items").get(0);

		assertThat(newest.path("detail").asString()).isEqualTo("credit limit 1000.00 → 2000.00 KRW");
		assertThat(newest.path("changes").isMissingNode() || newest.path("changes").isNull()).isTrue();
	}

	@Test
	void refusedChangesRecordNothing() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		String order = UUID.randomUUID().toString();
		String paid = this.billing.issue("issue-0001", order, customer, "1000").json().path("id").asString();
		this.billing.pay(paid, "payment-0001", "100");
		String open = this.billing.invoice(customer, "500");
		long entries = entries();

		List<Integer> statuses = List.of(
				// stale, missing If-Match, another currency: the customer stays as it is
				this.http
					.request("PUT", CUSTOMERS + "/" + customer, updateBody("X", "1", 1, "ACTIVE"), "If-Match", "\"7\"")
					.status(),
				this.http.request("PUT", CUSTOMERS + "/" + customer, updateBody("X", "1", 1, "ACTIVE")).status(),
				this.http
					.request("PUT", CUSTOMERS + "/" + customer, updateBody("X", "1", 1, "ACTIVE").replace("KRW", "USD"),
							"If-Match", "\"0\"")
					.status(),
				// the same order again: the first invoice (200, nothing new); another
				// amount
				this.billing.issue("issue-0002", order, customer, "1000").status(),
				this.billing.issue("issue-0003", order, customer, "999").status(),
				// a replayed payment, an overpayment, a void with payments, a stale void
				this.billing.pay(paid, "payment-0001", "100").status(),
				this.billing.pay(paid, "payment-0002", "900.01").status(),
				this.billing.voidInvoice(paid, "\"1\"").status(), this.billing.voidInvoice(open, "\"3\"").status(),
				// no right, no token
				as("kim", "SALES")
					.post(INVOICES + "/" + open + "/payments", paymentBody("1"), "Idempotency-Key", "payment-by-sales")
					.status(),
				new LoopbackHttp(this.port).post(INVOICES + "/" + open + "/void", null, "If-Match", "\"0\"").status());

		assertThat(statuses).containsExactly(412, 428, 400, 200, 409, 201, 409, 409, 412, 403, 401);
		assertThat(entries()).isEqualTo(entries);
	}

	@Test
	void anEntryThatCannotBeWrittenUndoesItsChange() {
		String customer = this.billing.customer("Hanbit Foods", "10000000", 14);
		String id = this.billing.invoice(customer, "1000");
		RefusedRows audit = RefusedRows.refuse(this.jdbc, "insert", "billing_audit", "audit refused (test)");
		try {
			var payment = this.billing.pay(id, "payment-0001", "100");
			var voided = this.billing.voidInvoice(id, "\"0\"");
			var edited = this.http.request("PUT", CUSTOMERS + "/" + customer,
					updateBody("Hanbit Foods", "1", 1, "SUSPENDED"), "If-Match", "\"0\"");

			assertThat(List.of(payment.status(), voided.status(), edited.status())).doesNotContain(200, 201);
		}
		finally {
			audit.lift();
		}
		assertThat(this.jdbc.sql("select count(*) from payment").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select status || ' ' || version from invoice").query(String.class).single())
			.isEqualTo("OPEN 0");
		assertThat(this.jdbc.sql("select status || ' ' || version from customer").query(String.class).single())
			.isEqualTo("ACTIVE 0");
	}

	@Test
	void aTrailIsNewestFirstAndAtMostSizeEntries() {
		String id = this.billing.customer("Hanbit Foods", "1000", 30);
		for (int version = 0; version < 3; version++) {
			update(this.http, id, version, "Hanbit " + version, "ap@example.com", "1000", 30, "ACTIVE");
		}

		JsonNode two = this.http.get(CUSTOMERS + "/" + id + "/audit?size=2").json();
		JsonNode all = this.http.get(CUSTOMERS + "/" + id + "/audit").json();

		assertThat(two.path("items").findValuesAsString("detail")).containsExactly("name \"Hanbit 1\" → \"Hanbit 2\"",
				"name \"Hanbit 0\" → \"Hanbit 1\"");
		assertThat(all.path("items").findValuesAsString("action")).containsExactly("UPDATED", "UPDATED", "UPDATED",
				"CREATED");
		// An invoice's trail and a customer's never mix.
		assertThat(this.http.get(INVOICES + "/" + id + "/audit").status()).isEqualTo(404);
	}

	@Test
	void whoeverReadsTheThingReadsItsTrailAndAnUnknownOneOrABadSizeIsRefused() {
		String customer = this.billing.customer("Hanbit Foods", "1000", 30);
		String invoice = this.billing.invoice(customer, "10");

		for (String path : List.of(CUSTOMERS + "/" + customer + "/audit", INVOICES + "/" + invoice + "/audit")) {
			assertThat(new LoopbackHttp(this.port).withBearer(Caller.ADMIN.token()).get(path).status()).isEqualTo(200);
			assertThat(new LoopbackHttp(this.port).withBearer(Caller.ADMIN_AT_A_TERMINAL.token()).get(path).status())
				.isEqualTo(200);
			for (Caller caller : List.of(Caller.SALES, Caller.BILLING, Caller.SERVICE, Caller.BILLING_AT_A_TERMINAL)) {
				var read = new LoopbackHttp(this.port).withBearer(caller.token()).get(path);
				assertThat(read.status()).as(caller.name()).isEqualTo(200);
			}
			var anonymous = new LoopbackHttp(this.port).get(path);
			assertThat(anonymous.status()).isEqualTo(401);
			assertThat(anonymous.problemType()).isEqualTo("unauthorized");
			for (String size : List.of("0", "101", "-1", "x")) {
				ProblemAssertions.assertInvalid(this.http.get(path + "?size=" + size), "validation", "size");
			}
			assertThat(this.http.get(path + "?size=100").status()).isEqualTo(200);
		}
		for (String path : List.of(CUSTOMERS, INVOICES)) {
			var unknown = this.http.get(path + "/" + UUID.randomUUID() + "/audit");
			assertThat(unknown.status()).isEqualTo(404);
			assertThat(unknown.problemType()).isEqualTo("not-found");
		}
	}

	private LoopbackHttp as(String subject, String role) {
		return new LoopbackHttp(this.port).withBearer(TestIssuer.get().tokenFor(subject, role));
	}

	private JsonNode trail(String collection, String id) {
		var response = this.http.get(collection + "/" + id + "/audit");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private JsonNode update(LoopbackHttp client, String id, long version, String name, String email, String limit,
			int terms, String status) {
		var response = client.request("PUT", CUSTOMERS + "/" + id,
				updateBody(name, limit, terms, status).replace("ap@example.com", email), "If-Match",
				"\"" + version + "\"");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static String updateBody(String name, String limit, int terms, String status) {
		return """
				{"name": "%s", "email": "ap@example.com", "creditLimit": {"amount": "%s", "currency": "KRW"},
				 "paymentTermsDays": %d, "status": "%s"}""".formatted(name, limit, terms, status);
	}

	private static void assertEntry(JsonNode entry, String at, String actor, String action, String detail) {
		assertThat(entry.path("at").asString()).isEqualTo(at);
		assertThat(entry.path("actor").asString()).isEqualTo(actor);
		assertThat(entry.path("action").asString()).isEqualTo(action);
		assertThat(entry.path("detail").asString()).isEqualTo(detail);
	}

	/** An entry's changes, each as {@code field KIND before → after [currency|unit]}. */
	private static List<String> changes(JsonNode entry) {
		assertThat(entry.path("changes").isArray()).as(entry.toString()).isTrue();
		return entry.path("changes")
			.valueStream()
			.map((change) -> "%s %s %s → %s%s".formatted(change.path("field").asString(),
					change.path("kind").asString(), text(change.path("before")), text(change.path("after")),
					suffix(change)))
			.toList();
	}

	private static String text(JsonNode value) {
		return (value.isMissingNode() || value.isNull()) ? "-" : value.asString();
	}

	private static String suffix(JsonNode change) {
		String unit = text(change.path("currency")).equals("-") ? text(change.path("unit"))
				: text(change.path("currency"));
		return unit.equals("-") ? "" : " " + unit;
	}

	private long entries() {
		return this.jdbc.sql("select count(*) from billing_audit").query(Long.class).single();
	}

}
