package com.example.shop.orders.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.example.shop.orders.api.AuditChange;
import com.example.shop.orders.api.AuditEntry;
import com.example.shop.orders.api.AuditTrail;
import com.example.shop.orders.api.OrdersApi;
import com.example.shop.orders.order.OrderService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An order's audit trail, read-only, for whoever may read the order (docs/security.md).
 */
@RestController
@Tag(name = "orders")
record OrderAuditController(OrderService orders) {

	@GetMapping(OrdersApi.AUDIT_PATH)
	@Operation(summary = "An order's audit trail",
			description = "Who changed the order, when and how, newest first: at most size entries (1..100, 50 by "
					+ "default). Each entry is recorded in the same transaction as its change, so the trail holds "
					+ "exactly the changes made (a refused request records nothing). at is the instant the change "
					+ "stamped as the order's updatedAt; actor is the access token's subject (ui-app for the BFF's "
					+ "own work, such as its reconciler finishing a cancellation); action is PLACED, CONFIRMED, "
					+ "SHIPPED, DELIVERED, CANCELLATION_REQUESTED, CANCELLED or CANCELLATION_REVERTED (show one you "
					+ "do not know as it is); detail is one line a person reads (English); changes says field by field "
					+ "what changed (absent on entries recorded before issue 15).")
	AuditTrail auditTrail(@PathVariable UUID id,
			@Parameter(description = "How many entries, newest first") @RequestParam(defaultValue = ""
					+ OrderService.DEFAULT_TRAIL_SIZE) @Min(1) @Max(OrderService.MAX_TRAIL_SIZE) int size) {
		return new AuditTrail(this.orders.trail(id, size)
			.stream()
			.map((entry) -> new AuditEntry(entry.at(), entry.actor(), entry.action(), entry.detail(),
					changes(entry.changes())))
			.toList());
	}

	/** The changes on the wire; {@code null} (absent) for an entry without them. */
	private static List<AuditChange> changes(List<com.example.shop.support.audit.AuditChange> changes) {
		return (changes != null) ? changes.stream()
			.map((c) -> new AuditChange(c.field(), c.kind().name(), c.before(), c.after(), c.currency(), c.unit()))
			.toList() : null;
	}

}
