package com.example.shop.e2e.backends;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * The UI's own BFF over its JSON API ({@code /bff/v1}), to arrange orders exactly as the
 * order form leaves them (reserved, placed, confirmed, invoiced: the same saga) without
 * spending a journey's time in the form. It signs in with HTTP Basic (the local run's
 * demo users; the BFF signs them in at the identity provider), and since a browser sends
 * Basic credentials on its own, each state change echoes the XSRF token the BFF hands
 * out.
 */
public final class BffClient {

	private final Rest rest;

	private final String authorization;

	public BffClient(String uiUrl, String user, String password) {
		this.rest = new Rest(uiUrl, null);
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Places an order of these SKUs and quantities; answers the BFF's placement. "Not
	 * placed yet" (a backend did not answer within the BFF's budget, as the first calls
	 * to a system that just started may not) is submitted again with the same placement
	 * id, as the order form tells a person to: the order is never placed twice. "Placed
	 * with pending steps" (the order exists; the BFF's reconciler finishes confirming its
	 * stock and issuing its invoice) answers the order with no invoice yet.
	 */
	public Placed place(UUID customerId, Map<String, Integer> lines) {
		List<Map<String, Object>> body = lines.entrySet()
			.stream()
			.map((line) -> Map.<String, Object>of("sku", line.getKey(), "quantity", line.getValue()))
			.toList();
		Map<String, Object> request = Map.of("placementId", UUID.randomUUID().toString(), "customerId",
				customerId.toString(), "lines", body);
		String xsrf = this.rest.cookie("/bff/v1/catalog/categories", "XSRF-TOKEN", "Authorization", this.authorization);
		JsonNode placed = Awaitility.await("the BFF to place the order")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.rest.postForAnyAnswer("/bff/v1/orders", request, "Authorization", this.authorization,
					"Cookie", "XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf),
					(answer) -> !"notPlaced".equals(answer.path("outcome").asString()));
		String outcome = placed.path("outcome").asString();
		if (!"placed".equals(outcome) && !"placedWithPendingSteps".equals(outcome)) {
			throw new IllegalStateException("The order was not placed: " + placed);
		}
		JsonNode order = placed.path("order");
		JsonNode invoice = placed.path("invoice");
		return new Placed(UUID.fromString(order.path("id").asString()), order.path("number").asString(),
				invoice.isMissingNode() || invoice.isNull() ? null : UUID.fromString(invoice.path("id").asString()),
				invoice.isMissingNode() || invoice.isNull() ? null : invoice.path("number").asString());
	}

	/**
	 * An order placed through the BFF.
	 *
	 * @param orderId the order's id
	 * @param orderNumber its number
	 * @param invoiceId its invoice's id, null while a step is pending
	 * @param invoiceNumber its invoice's number, null while a step is pending
	 */
	public record Placed(UUID orderId, String orderNumber, UUID invoiceId, String invoiceNumber) {

		/**
		 * Whether every step of the placement is done (stock confirmed, invoice issued).
		 */
		public boolean complete() {
			return this.invoiceId != null;
		}

	}

}
