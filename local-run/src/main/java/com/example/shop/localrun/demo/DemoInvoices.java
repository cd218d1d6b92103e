package com.example.shop.localrun.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's invoices and payments, derived from {@link DemoOrders} as the order
 * placement saga would have left them: every order has one invoice, issued on the day it
 * was placed and due after its customer's terms; a cancelled order's invoice is void and
 * never paid. The others are paid in full (some in two instalments), in part, or not yet;
 * those past their due date and not fully paid are overdue. Older and further-along
 * orders are more likely to be paid. Deterministic for a given {@code today}.
 */
public final class DemoInvoices {

	/** Bank transfers are the usual way businesses pay; cards and cash now and then. */
	private static final String[] METHODS = { "BANK_TRANSFER", "BANK_TRANSFER", "BANK_TRANSFER", "CARD", "CASH" };

	private DemoInvoices() {
	}

	/**
	 * The demo invoices, one per demo order, in order number order.
	 * @param today the business day the demo ends on
	 * @param zone the business zone
	 * @return the invoices with their payments
	 */
	public static List<Invoice> generate(LocalDate today, ZoneId zone) {
		Map<UUID, DemoCustomers.Customer> customers = DemoCustomers.all()
			.stream()
			.collect(Collectors.toMap(DemoCustomers.Customer::id, Function.identity()));
		SplittableRandom random = new SplittableRandom(8083L);
		List<Invoice> invoices = new ArrayList<>();
		for (DemoOrders.Order order : DemoOrders.generate(today, zone)) {
			invoices.add(invoiceOf(order, customers.get(order.customerId()), today, zone, random));
		}
		return List.copyOf(invoices);
	}

	private static Invoice invoiceOf(DemoOrders.Order order, DemoCustomers.Customer customer, LocalDate today,
			ZoneId zone, SplittableRandom random) {
		String number = "INV-" + order.number().substring("ORD-".length());
		UUID id = DemoIds.of("invoice", number);
		LocalDate issueDate = order.placedAt().atZone(zone).toLocalDate();
		LocalDate dueDate = issueDate.plusDays(customer.paymentTermsDays());
		BigDecimal amount = order.total();
		// Drawn for every order, so one order's outcome never shifts another's.
		int outcome = random.nextInt(100);
		int instalments = 1 + random.nextInt(2);
		int share = 20 + random.nextInt(51);
		long payDelay = random.nextLong(1, customer.paymentTermsDays() + 15);
		String method = METHODS[random.nextInt(METHODS.length)];
		if (order.status().equals("CANCELLED")) {
			return new Invoice(id, number, order.id(), customer.id(), "VOID", amount, BigDecimal.ZERO.setScale(2),
					issueDate, dueDate, "Order cancelled", order.placedAt(), order.updatedAt(), 1, List.of());
		}
		int paidInFullBelow = switch (order.status()) {
			case "DELIVERED" -> 65;
			case "SHIPPED" -> 40;
			default -> 15;
		};
		List<BigDecimal> amounts = new ArrayList<>();
		if (outcome < paidInFullBelow) {
			BigDecimal first = (instalments == 2) ? part(amount, share) : amount;
			amounts.add(first);
			if (first.compareTo(amount) < 0) {
				amounts.add(amount.subtract(first));
			}
		}
		else if (outcome < paidInFullBelow + 20) {
			amounts.add(part(amount, share));
		}
		// Payments arrive on past days only, some of them after the due date.
		LocalDate lastPayDay = today.minusDays(1);
		List<Payment> payments = new ArrayList<>();
		LocalDate payDay = issueDate.plusDays(Math.min(payDelay, ChronoUnit.DAYS.between(issueDate, lastPayDay)));
		for (int i = 0; i < amounts.size() && !payDay.isBefore(issueDate.plusDays(1)); i++) {
			Instant receivedAt = payDay.atTime(LocalTime.of(14, 0).plusMinutes(7L * i)).atZone(zone).toInstant();
			payments.add(new Payment(DemoIds.of("payment", number + "/" + (i + 1)), id, amounts.get(i), method,
					"DEMO-%s-%d".formatted(number, i + 1), receivedAt));
			payDay = payDay.plusDays(7).isAfter(lastPayDay) ? payDay : payDay.plusDays(7);
		}
		BigDecimal paid = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		String status = (paid.compareTo(amount) == 0) ? "PAID" : (today.isAfter(dueDate) ? "OVERDUE" : "OPEN");
		Instant updatedAt = payments.isEmpty() ? order.placedAt() : payments.getLast().receivedAt();
		long version = payments.size() + (status.equals("OVERDUE") ? 1 : 0);
		return new Invoice(id, number, order.id(), customer.id(), status, amount, paid, issueDate, dueDate, null,
				order.placedAt(), updatedAt, version, List.copyOf(payments));
	}

	/** A share of the amount in whole won, more than zero and less than the amount. */
	private static BigDecimal part(BigDecimal amount, int percent) {
		BigDecimal part = amount.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
			.setScale(2);
		return (part.signum() > 0 && part.compareTo(amount) < 0) ? part : amount;
	}

	/**
	 * One demo invoice.
	 *
	 * @param id the stable id
	 * @param number {@code INV-} and the digits of its order's number
	 * @param orderId the order billed
	 * @param customerId the customer billed
	 * @param status {@code OPEN}, {@code OVERDUE}, {@code PAID} or {@code VOID}, as
	 * persisted
	 * @param amount the order total
	 * @param paidAmount the sum of its payments
	 * @param issueDate the business day its order was placed
	 * @param dueDate the issue date plus the customer's terms
	 * @param voidReason why it is void, or {@code null}
	 * @param createdAt when it was issued
	 * @param updatedAt when it last changed
	 * @param version how many changes it has seen
	 * @param payments its payments, oldest first
	 */
	public record Invoice(UUID id, String number, UUID orderId, UUID customerId, String status, BigDecimal amount,
			BigDecimal paidAmount, LocalDate issueDate, LocalDate dueDate, String voidReason, Instant createdAt,
			Instant updatedAt, long version, List<Payment> payments) {
	}

	/**
	 * One demo payment.
	 *
	 * @param id the stable id
	 * @param invoiceId the invoice paid
	 * @param amount the amount
	 * @param method how it was paid
	 * @param reference the payer's reference
	 * @param receivedAt when it was received
	 */
	public record Payment(UUID id, UUID invoiceId, BigDecimal amount, String method, String reference,
			Instant receivedAt) {
	}

}
