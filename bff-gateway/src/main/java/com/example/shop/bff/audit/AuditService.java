package com.example.shop.bff.audit;

import java.util.UUID;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.order.OrdersBackend;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The audit trails the backends record with each change that matters (docs/security.md):
 * whoever may read a thing reads its trail on its page (the timeline). Each backend
 * checks the role again.
 */
@Service
public class AuditService {

	private final OrdersBackend orders;

	private final BillingBackend billing;

	private final CatalogBackend catalog;

	AuditService(OrdersBackend orders, BillingBackend billing, CatalogBackend catalog) {
		this.orders = orders;
		this.billing = billing;
		this.catalog = catalog;
	}

	@PreAuthorize(Roles.ANY)
	public Mono<AuditTrail> order(UUID id, int size) {
		return this.orders.audit(id, size);
	}

	@PreAuthorize(Roles.ANY)
	public Mono<AuditTrail> invoice(UUID id, int size) {
		return this.billing.invoiceAudit(id, size);
	}

	@PreAuthorize(Roles.ANY)
	public Mono<AuditTrail> customer(UUID id, int size) {
		return this.billing.customerAudit(id, size);
	}

	@PreAuthorize(Roles.ANY)
	public Mono<AuditTrail> product(String sku, int size) {
		return this.catalog.history(sku, size);
	}

}
