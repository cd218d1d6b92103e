package com.example.shop.bff.audit;

import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.InputRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who changed what, per thing: for whoever may read the thing, newest first, at most 100
 * entries per request.
 */
@RestController
@Tag(name = "audit")
record BffAuditController(AuditService audit) {

	private static final String SIZE = "How many of the newest entries (1 to 100, default 50).";

	@GetMapping("/bff/v1/orders/{id}/audit")
	@Operation(summary = "An order's audit trail",
			description = "Placed, confirmed, shipped, delivered, cancelled: who and when, newest first. " + SIZE)
	Mono<AuditTrail> order(@PathVariable UUID id,
			@RequestParam(defaultValue = "50") @Min(1) @Max(AuditTrail.MAX_SIZE) int size) {
		return this.audit.order(id, size);
	}

	@GetMapping("/bff/v1/invoices/{id}/audit")
	@Operation(summary = "An invoice's audit trail",
			description = "Issued, payments recorded, voided, marked overdue: who and when, newest first. " + SIZE)
	Mono<AuditTrail> invoice(@PathVariable UUID id,
			@RequestParam(defaultValue = "50") @Min(1) @Max(AuditTrail.MAX_SIZE) int size) {
		return this.audit.invoice(id, size);
	}

	@GetMapping("/bff/v1/customers/{id}/audit")
	@Operation(summary = "A customer's audit trail",
			description = "Created, edited (credit limit, terms), suspended, reactivated: who and when, newest first. "
					+ SIZE)
	Mono<AuditTrail> customer(@PathVariable UUID id,
			@RequestParam(defaultValue = "50") @Min(1) @Max(AuditTrail.MAX_SIZE) int size) {
		return this.audit.customer(id, size);
	}

	@GetMapping("/bff/v1/catalog/products/{sku}/history")
	@Operation(summary = "A product's history",
			description = "Edits and stock changes from outside (received, counted, adjusted), with who and why, "
					+ "newest first; reservations' moves are in the orders' trails. " + SIZE)
	Mono<AuditTrail> product(@PathVariable @Size(max = 40) @Pattern(regexp = InputRules.SKU) String sku,
			@RequestParam(defaultValue = "50") @Min(1) @Max(AuditTrail.MAX_SIZE) int size) {
		return this.audit.product(sku, size);
	}

}
