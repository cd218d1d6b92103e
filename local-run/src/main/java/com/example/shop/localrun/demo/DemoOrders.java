package com.example.shop.localrun.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The demo's orders over the 60 business days before {@code today} (none today, none in
 * the future: the demo's history ends when the local run starts): older ones mostly
 * delivered, recent ones placed or confirmed, some cancelled. Built from
 * {@link DemoCustomers} and {@link DemoCatalog}, so every customer exists in billing and
 * every SKU in the catalog. Billing derives its invoices from the same list.
 */
public final class DemoOrders {

	public static final int COUNT = 240;

	private DemoOrders() {
	}

	/**
	 * The demo orders, the same for the same {@code today}.
	 * @param today the business day the demo ends on
	 * @param zone the business zone
	 * @return orders in number order
	 */
	public static List<Order> generate(LocalDate today, ZoneId zone) {
		SplittableRandom random = new SplittableRandom(4242L);
		List<DemoCustomers.Customer> customers = DemoCustomers.all()
			.stream()
			.filter((c) -> c.status().equals("ACTIVE"))
			.toList();
		List<DemoCatalog.Product> products = DemoCatalog.products()
			.stream()
			.filter(DemoCatalog.Product::active)
			.toList();
		List<Order> orders = new ArrayList<>();
		for (int n = 1; n <= COUNT; n++) {
			// From yesterday back: an order placed "today" at a time still to come would
			// sort
			// above the orders a person places now.
			int daysAgo = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 1.3) * 60);
			LocalTime time = LocalTime.of(9 + random.nextInt(9), random.nextInt(60));
			Instant placedAt = today.minusDays(daysAgo).atTime(time).atZone(zone).toInstant();
			DemoCustomers.Customer customer = customers.get(random.nextInt(customers.size()));
			Map<String, Line> lines = new LinkedHashMap<>();
			int lineCount = 1 + random.nextInt(4);
			while (lines.size() < lineCount) {
				DemoCatalog.Product product = products.get(random.nextInt(products.size()));
				lines.putIfAbsent(product.sku(), new Line(lines.size() + 1, product.sku(), product.name(),
						product.price(), 1 + random.nextInt(10)));
			}
			String status = statusFor(daysAgo, random);
			Instant updatedAt = placedAt.plusSeconds(3600L * (1 + Math.min(daysAgo, 10)) * 6);
			if (updatedAt.isAfter(today.atStartOfDay(zone).toInstant())) {
				updatedAt = placedAt;
			}
			String number = "ORD-%06d".formatted(n);
			orders.add(new Order(DemoIds.of("order", number), number, "demo-" + number, customer.id(), customer.name(),
					status, List.copyOf(lines.values()), placedAt, status.equals("PLACED") ? placedAt : updatedAt));
		}
		return List.copyOf(orders);
	}

	private static String statusFor(int daysAgo, SplittableRandom random) {
		if (random.nextInt(12) == 0) {
			return "CANCELLED";
		}
		if (daysAgo > 14) {
			return (random.nextInt(10) == 0) ? "SHIPPED" : "DELIVERED";
		}
		if (daysAgo > 5) {
			return switch (random.nextInt(3)) {
				case 0 -> "CONFIRMED";
				case 1 -> "SHIPPED";
				default -> "DELIVERED";
			};
		}
		return (random.nextInt(2) == 0) ? "PLACED" : "CONFIRMED";
	}

	/**
	 * One demo order.
	 *
	 * @param id the stable id
	 * @param number the order number
	 * @param placementId the placement id
	 * @param customerId the billing customer
	 * @param customerName the customer's name
	 * @param status the lifecycle status
	 * @param lines the lines
	 * @param placedAt when it was placed
	 * @param updatedAt when it last changed
	 */
	public record Order(UUID id, String number, String placementId, UUID customerId, String customerName, String status,
			List<Line> lines, Instant placedAt, Instant updatedAt) {

		public BigDecimal total() {
			return this.lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		}

		/**
		 * The catalog reservation the order holds, confirmed (released once cancelled): a
		 * demo order is seeded as the placement saga leaves it when it is done.
		 */
		public String reservationId() {
			return DemoIds.of("reservation", this.number).toString();
		}

		/** The invoice billing issued for it ({@link DemoInvoices}). */
		public UUID invoiceId() {
			return DemoIds.of("invoice", "INV-" + this.number.substring("ORD-".length()));
		}

		public boolean cancelled() {
			return this.status.equals("CANCELLED");
		}

	}

	/**
	 * One demo order line.
	 *
	 * @param lineNo 1-based position
	 * @param sku the SKU
	 * @param productName the product name
	 * @param unitPrice the unit price
	 * @param quantity how many
	 */
	public record Line(int lineNo, String sku, String productName, BigDecimal unitPrice, int quantity) {

		public BigDecimal lineTotal() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
