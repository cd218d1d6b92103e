package com.example.shop.localrun.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three databases are seeded separately; these checks keep their demo data agreeing
 * with each other.
 */
class DemoDataTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Test
	void everyDemoOrdersCustomerIsAnActiveDemoCustomerWithTheSameName() {
		Map<java.util.UUID, DemoCustomers.Customer> customers = DemoCustomers.all()
			.stream()
			.collect(Collectors.toMap(DemoCustomers.Customer::id, Function.identity()));

		assertThat(DemoOrders.generate(TODAY, SEOUL)).allSatisfy((order) -> {
			assertThat(customers).containsKey(order.customerId());
			assertThat(customers.get(order.customerId()).name()).isEqualTo(order.customerName());
			assertThat(customers.get(order.customerId()).status()).isEqualTo("ACTIVE");
		});
	}

	@Test
	void everyDemoOrderLineIsAnActiveCatalogProductAtItsCatalogPrice() {
		Map<String, DemoCatalog.Product> products = DemoCatalog.products()
			.stream()
			.collect(Collectors.toMap(DemoCatalog.Product::sku, Function.identity()));

		assertThat(DemoOrders.generate(TODAY, SEOUL).stream().flatMap((o) -> o.lines().stream())).allSatisfy((line) -> {
			assertThat(products).containsKey(line.sku());
			assertThat(products.get(line.sku()).active()).isTrue();
			assertThat(line.unitPrice()).isEqualByComparingTo(products.get(line.sku()).price());
			assertThat(line.productName()).isEqualTo(products.get(line.sku()).name());
		});
	}

	@Test
	void noDemoOrderIsPlacedOrChangedOnTheDayTheDemoStartsOrLater() {
		java.time.Instant startOfToday = TODAY.atStartOfDay(SEOUL).toInstant();

		assertThat(DemoOrders.generate(TODAY, SEOUL)).allSatisfy((order) -> {
			assertThat(order.placedAt()).isBefore(startOfToday);
			assertThat(order.updatedAt()).isBeforeOrEqualTo(startOfToday);
		});
		assertThat(DemoOrders.generate(TODAY, SEOUL)).as("the 60 days before it")
			.anySatisfy(
					(order) -> assertThat(order.placedAt()).isAfter(startOfToday.minus(java.time.Duration.ofDays(1))));
	}

	@Test
	void theDatasetIsTheSameOnEveryRunAndIdsAreUnique() {
		assertThat(DemoOrders.generate(TODAY, SEOUL)).isEqualTo(DemoOrders.generate(TODAY, SEOUL));
		assertThat(DemoCatalog.products()).isEqualTo(DemoCatalog.products());
		assertThat(DemoOrders.generate(TODAY, SEOUL).stream().map(DemoOrders.Order::id).collect(Collectors.toSet()))
			.hasSize(DemoOrders.COUNT);
		assertThat(DemoCatalog.products().stream().map(DemoCatalog.Product::sku).collect(Collectors.toSet()))
			.hasSameSizeAs(DemoCatalog.products());
		assertThat(DemoIds.of("customer", "Hanbit Foods")).isEqualTo(DemoIds.of("customer", "Hanbit Foods"))
			.isNotEqualTo(DemoIds.of("order", "Hanbit Foods"));
	}

	@Test
	void theCatalogIsLargeEnoughToBrowseAndHasLowStockAndEveryCategory() {
		Set<String> categories = DemoCatalog.categories()
			.stream()
			.map(DemoCatalog.Category::code)
			.collect(Collectors.toSet());

		assertThat(DemoCatalog.products()).hasSizeGreaterThan(200);
		assertThat(DemoCatalog.products()).allSatisfy((p) -> {
			assertThat(categories).contains(p.category());
			assertThat(p.price()).isPositive();
			assertThat(p.price().scale()).isEqualTo(2);
		});
		assertThat(DemoCatalog.products().stream().filter((p) -> p.stockOnHand() < 5)).isNotEmpty();
		assertThat(DemoCatalog.products().stream().map(DemoCatalog.Product::category).distinct())
			.hasSameSizeAs(categories);
	}

	@Test
	void ordersSpreadOverTheLastSixtyDaysInEveryStatusWithExactTotals() {
		var orders = DemoOrders.generate(TODAY, SEOUL);

		assertThat(orders).allSatisfy((o) -> {
			LocalDate day = o.placedAt().atZone(SEOUL).toLocalDate();
			assertThat(day).isBetween(TODAY.minusDays(60), TODAY);
			assertThat(o.updatedAt()).isAfterOrEqualTo(o.placedAt());
			assertThat(o.total()).isEqualByComparingTo(
					o.lines().stream().map(DemoOrders.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
		});
		assertThat(orders.stream().map(DemoOrders.Order::status).distinct()).containsExactlyInAnyOrder("PLACED",
				"CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED");
	}

}
