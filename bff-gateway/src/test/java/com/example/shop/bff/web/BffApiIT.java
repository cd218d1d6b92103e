package com.example.shop.bff.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.shop.bff.support.BffHttpTest;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.example.shop.testsupport.security.Caller;
import com.example.shop.testsupport.security.TestIssuer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /bff/v1 as QA automation and load tests use it: JSON with a bearer token issued to the
 * UI's client, roles enforced, typed gaps.
 */
class BffApiIT extends BffHttpTest {

	@Test
	void withoutAValidTokenEveryCallIs401() {
		assertThat(this.http.get("/bff/v1/dashboard").status()).isEqualTo(401);
		assertThat(this.http
			.get("/bff/v1/dashboard", "Authorization", "Bearer " + TestIssuer.untrusted().tokenFor("sales", "SALES"))
			.status()).isEqualTo(401);
	}

	@Test
	void aTokenIssuedToAnotherClientIsNotTheUisAndIs403() {
		var atATerminal = this.http.get("/bff/v1/dashboard", "Authorization",
				"Bearer " + Caller.SALES_AT_A_TERMINAL.token());

		assertThat(atATerminal.status()).isEqualTo(403);
	}

	@Test
	void theDashboardsPeriodComesWithThePeriodBeforeAndANonsensicalOneIs400() {
		var week = this.http.get("/bff/v1/dashboard?from=2026-11-24&to=2026-11-30", "Authorization", SALES);

		assertThat(week.status()).isEqualTo(200);
		assertThat(week.json().path("from").asString()).isEqualTo("2026-11-24");
		assertThat(week.json().path("orders").path("value").path("from").asString()).isEqualTo("2026-11-24");
		assertThat(week.json().path("orders").path("value").path("to").asString()).isEqualTo("2026-11-30");
		assertThat(week.json().path("previous").path("value").path("from").asString()).isEqualTo("2026-11-17");
		assertThat(week.json().path("previous").path("value").path("to").asString()).isEqualTo("2026-11-23");
		assertThat(this.http.get("/bff/v1/dashboard?from=2026-11-30&to=2026-11-24", "Authorization", SALES).status())
			.isEqualTo(400);
		assertThat(this.http.get("/bff/v1/dashboard?from=2025-01-01&to=2026-11-30", "Authorization", SALES).status())
			.as("more than 366 days")
			.isEqualTo(400);
		assertThat(this.http.get("/bff/v1/dashboard?from=2026-11-24", "Authorization", SALES).status())
			.as("both ends or neither")
			.isEqualTo(400);
	}

	@Test
	void anAgeingBucketListsOnlyItsInvoices() {
		this.http.post("/bff/v1/orders",
				placement(this.data.customer("1000000.00"), this.data.product("100.00", 10), 1), "Authorization",
				SALES);

		var current = this.http.get("/bff/v1/invoices?ageing=CURRENT&size=100", "Authorization", BILLING);
		var overdue = this.http.get("/bff/v1/invoices?ageing=DAYS_OVER_90&size=100", "Authorization", BILLING);

		assertThat(current.status()).isEqualTo(200);
		assertThat(current.json().path("items").findValuesAsString("status")).isNotEmpty().containsOnly("OPEN");
		assertThat(overdue.json().path("items").findValuesAsString("status")).doesNotContain("OPEN", "PAID", "VOID");
		assertThat(this.http.get("/bff/v1/invoices?ageing=SOON", "Authorization", BILLING).status()).isEqualTo(400);
	}

	@Test
	void aSalesUserPlacesAnOrderAndReadsItsDetailWithAnEtag() {
		String body = placement(this.data.customer("1000000.00"), this.data.product("100.00", 10), 2);

		var placed = this.http.post("/bff/v1/orders", body, "Authorization", SALES);
		String orderId = placed.json().path("order").path("id").asString();
		var detail = this.http.get("/bff/v1/orders/" + orderId, "Authorization", SALES);

		assertThat(placed.status()).isEqualTo(201);
		assertThat(placed.json().path("outcome").asString()).isEqualTo("placed");
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.header("ETag")).hasValue("\"0\"");
		assertThat(detail.json().path("billing").path("state").asString()).isEqualTo("available");
		assertThat(detail.json().path("billing").path("value").path("state").asString()).isEqualTo("invoiced");
	}

	@Test
	void aMissingBackendIsATypedGapInTheJsonNotAnError() {
		String body = placement(this.data.customer("1000000.00"), this.data.product("100.00", 10), 1);
		String orderId = this.http.post("/bff/v1/orders", body, "Authorization", SALES)
			.json()
			.path("order")
			.path("id")
			.asString();
		this.backends.billing.refuse();

		var detail = this.http.get("/bff/v1/orders/" + orderId, "Authorization", SALES);

		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().path("billing").path("state").asString()).isEqualTo("unavailable");
		assertThat(detail.json().path("billing").path("backend").asString()).isEqualTo("billing");
		assertThat(detail.json().path("products").path("state").asString()).isEqualTo("available");
	}

	@Test
	void aBillingUserMayNotPlaceOrdersAndASalesUserMayReadButNotPayInvoices() {
		String body = placement(UUID.randomUUID(), "SKU-1", 1);

		var placing = this.http.post("/bff/v1/orders", body, "Authorization", BILLING);
		var invoices = this.http.get("/bff/v1/invoices", "Authorization", SALES);
		var paying = this.http.post("/bff/v1/invoices/" + UUID.randomUUID() + "/payments",
				"{\"amount\": {\"amount\": \"1.00\", \"currency\": \"KRW\"}, \"method\": \"CASH\"}", "Authorization",
				SALES, "Idempotency-Key", UUID.randomUUID().toString());

		assertThat(placing.status()).isEqualTo(403);
		assertThat(placing.problemType()).isEqualTo("forbidden");
		assertThat(invoices.status()).isEqualTo(200);
		assertThat(paying.status()).isEqualTo(403);
	}

	@Test
	void refusalsKeepTheirMeaning() {
		var unknown = this.http.get("/bff/v1/orders/" + UUID.randomUUID(), "Authorization", SALES);
		var invalid = this.http.post("/bff/v1/orders", "{\"customerId\": \"x\"}", "Authorization", SALES);
		var noIfMatch = this.http.post("/bff/v1/orders/" + UUID.randomUUID() + "/confirm", null, "Authorization",
				SALES);
		var tooBig = this.http.get("/bff/v1/orders?size=500", "Authorization", SALES);
		this.backends.orders.refuse();
		var down = this.http.get("/bff/v1/orders/" + UUID.randomUUID(), "Authorization", SALES);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(noIfMatch.status()).isEqualTo(428);
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.problemType()).isEqualTo("backend-unavailable");
	}

	@Test
	void parametersThatCannotBeReadAreAMalformedRequestNotAServerError() {
		Map<String, String> unreadable = Map.of("a lone byte", "q=%FF%FE", "an overlong form", "q=%C0%AF",
				"a name that is no UTF-8", "%FF=1", "1,001 parameters", "size=5" + "&a=1".repeat(1000));
		unreadable.forEach((what, query) -> {
			var answer = this.http.get("/bff/v1/orders?" + query, "Authorization", SALES);

			assertThat(answer.status()).as(what).isEqualTo(400);
			assertThat(answer.problemType()).as(what).isEqualTo("malformed-request");
		});
	}

	@Test
	void aHeaderTheFirewallRefusesIsAMalformedRequestNotAServerError() {
		// "\u0085" (NEL) as a header carries it: one byte, a control character.
		var confirm = this.http.postLatin1Headers("/bff/v1/orders/" + UUID.randomUUID() + "/confirm", "Authorization",
				SALES, "If-Match", "\"1\u00852\"");

		assertThat(confirm.status()).isEqualTo(400);
		assertThat(confirm.problemType()).isEqualTo("malformed-request");
	}

	@Test
	void aRejectedPlacementIs422WithTheReasonAndAnUnreachableBackendIs503() {
		String body = placement(this.data.customer("10.00"), this.data.product("100.00", 10), 1);

		var declined = this.http.post("/bff/v1/orders", body, "Authorization", SALES);
		this.backends.catalog.refuse();
		var unreachable = this.http.post("/bff/v1/orders", placement(this.data.customer("1000.00"), "SKU-1", 1),
				"Authorization", SALES);

		assertThat(declined.status()).isEqualTo(422);
		assertThat(declined.json().path("reason").asString()).isEqualTo("CREDIT_DECLINED");
		assertThat(unreachable.status()).isEqualTo(503);
		assertThat(unreachable.json().path("outcome").asString()).isEqualTo("notPlaced");
	}

	@Test
	void anUnfinishedSagaShowsItsPendingStepsWithWhoFinishesThemAndAnAdminFindsItInTheAttentionList() {
		UUID orderId = this.data.unfinishedOrder();

		var detail = this.http.get("/bff/v1/orders/" + orderId, "Authorization", SALES);
		var forSales = this.http.get("/bff/v1/orders/attention", "Authorization", SALES);

		assertThat(detail.status()).isEqualTo(200);
		List<String> steps = new ArrayList<>();
		List<String> finishers = new ArrayList<>();
		detail.json().path("pending").forEach((step) -> {
			steps.add(step.path("step").asString());
			finishers.add(step.path("finishedBy").asString());
		});
		assertThat(steps).containsExactly("CONFIRM_STOCK", "ISSUE_INVOICE");
		assertThat(finishers).containsOnly("RECONCILER");
		assertThat(forSales.status()).isEqualTo(403);
		assertThat(attentionListed(orderId.toString())).isTrue();
	}

	private boolean attentionListed(String orderId) {
		for (int page = 0; page < 50; page++) {
			var attention = this.http.get("/bff/v1/orders/attention?size=100&page=" + page, "Authorization", ADMIN);
			assertThat(attention.status()).isEqualTo(200);
			var items = attention.json().path("items");
			for (var order : items) {
				if (order.path("id").asString().equals(orderId)) {
					return true;
				}
			}
			if (items.size() < 100) {
				return false;
			}
		}
		return false;
	}

	private static String placement(UUID customerId, String sku, int quantity) {
		return LoopbackHttp.json(Map.of("placementId", UUID.randomUUID().toString(), "customerId",
				customerId.toString(), "lines", List.of(Map.of("sku", sku, "quantity", quantity))));
	}

}
