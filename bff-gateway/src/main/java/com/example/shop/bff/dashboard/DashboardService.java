package com.example.shop.bff.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import com.example.shop.bff.Part;
import com.example.shop.bff.Roles;
import com.example.shop.bff.billing.BillingBackend;
import com.example.shop.bff.catalog.CatalogBackend;
import com.example.shop.bff.catalog.ProductQuery;
import com.example.shop.bff.catalog.ProductSort;
import com.example.shop.bff.order.OrdersBackend;
import com.example.shop.support.BusinessSettings;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard's three panels, fetched in parallel; a slow or dead backend blanks its
 * panel only.
 */
@Service
public class DashboardService {

	/** Products with this many units or fewer count as low on stock. */
	public static final int LOW_STOCK_THRESHOLD = 10;

	private final OrdersBackend orders;

	private final BillingBackend billing;

	private final CatalogBackend catalog;

	private final BusinessSettings settings;

	private final Clock clock;

	DashboardService(OrdersBackend orders, BillingBackend billing, CatalogBackend catalog, BusinessSettings settings,
			Clock clock) {
		this.orders = orders;
		this.billing = billing;
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The dashboard over the last 30 business days.
	 * @return every panel, available or marked unavailable
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<Dashboard> dashboard() {
		return dashboard(defaultPeriod());
	}

	/**
	 * The dashboard with its order figures over {@code period}, and over the period of
	 * equal length before it to compare with; receivables and low stock are as of now
	 * whatever the period.
	 * @return every panel, available or marked unavailable
	 */
	@PreAuthorize(Roles.ANY)
	public Mono<Dashboard> dashboard(DashboardPeriod period) {
		DashboardPeriod before = period.previous();
		var lowStock = new ProductQuery(null, null, true, LOW_STOCK_THRESHOLD, 0, 10, ProductSort.STOCK_ON_HAND, false);
		return Mono
			.zip(Part.of(this.orders.stats(period.from(), period.to())),
					Part.of(this.orders.stats(before.from(), before.to())), Part.of(this.billing.receivables()),
					Part.of(this.catalog.search(lowStock)))
			.map((parts) -> new Dashboard(period.from(), period.to(), parts.getT1(), parts.getT2(), parts.getT3(),
					parts.getT4()));
	}

	/** The last 30 business days, today included. */
	@PreAuthorize(Roles.ANY)
	public DashboardPeriod defaultPeriod() {
		return DashboardPeriod.endingOn(LocalDate.now(this.clock.withZone(this.settings.businessZone())));
	}

}
