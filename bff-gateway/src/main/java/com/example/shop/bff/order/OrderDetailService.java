package com.example.shop.bff.order;

import java.util.List;
import java.util.UUID;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.catalog.CatalogBackend;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The order detail page: the order first (it is the page), then catalog, billing and
 * customer in parallel, each allowed to fail on its own. The catalog is asked once for
 * all lines, never once per line.
 */
@Service
public class OrderDetailService {

	private final OrdersBackend orders;

	private final CatalogBackend catalog;

	private final BillingBackend billing;

	OrderDetailService(OrdersBackend orders, CatalogBackend catalog, BillingBackend billing) {
		this.orders = orders;
		this.catalog = catalog;
		this.billing = billing;
	}

	/**
	 * One order and what surrounds it.
	 * @param id the order id
	 * @return the detail; fails with {@code BackendNotFound} for an unknown order and
	 * {@code BackendUnavailable} when orders itself cannot answer
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<OrderDetail> detail(UUID id) {
		return this.orders.get(id).flatMap(this::around);
	}

	Mono<OrderDetail> around(Order order) {
		List<String> skus = order.lines().stream().map(OrderLine::sku).toList();
		Mono<OrderDetail.Billing> billing = this.billing.invoiceOfOrder(order.id())
			.flatMap((invoice) -> invoice.<Mono<OrderDetail.Billing>>map(
					(i) -> this.billing.payments(i.id()).map((p) -> new OrderDetail.Invoiced(i, p)))
				.orElseGet(() -> Mono.just(new OrderDetail.NotInvoiced())));
		return Mono
			.zip(Part.of(this.catalog.products(skus)), Part.of(billing),
					Part.of(this.billing.customer(order.customerId())))
			.map((parts) -> new OrderDetail(order, parts.getT1(), parts.getT2(), parts.getT3(),
					pending(order, parts.getT2())));
	}

	/**
	 * What orders lists as pending on the order (it records the saga's progress), each
	 * with who finishes it.
	 */
	static List<PendingStep> pending(Order order, Part<OrderDetail.Billing> billing) {
		return SagaPending.of(order);
	}

}
