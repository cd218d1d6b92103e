package com.example.shop.bff.backend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.example.shop.catalog.v1.Product;
import com.example.shop.catalog.v1.ProductChange;
import com.example.shop.catalog.v1.Reservation;
import com.google.protobuf.Timestamp;
import com.google.type.Money;

/**
 * The catalog as the BFF hands it on: plain records, so no screen or JSON client ever
 * sees a protobuf message.
 */
public final class CatalogViews {

	private CatalogViews() {
	}

	/**
	 * An exact amount of money, as a decimal string with two fraction digits.
	 *
	 * @param amount for example {@code "1250.00"}
	 * @param currency an ISO 4217 code
	 */
	public record Amount(String amount, String currency) {

		public static Amount of(BigDecimal value, String currency) {
			return new Amount(value.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
		}

		public BigDecimal value() {
			return new BigDecimal(this.amount);
		}

		static Amount of(Money money) {
			BigDecimal value = BigDecimal.valueOf(money.getUnits()).add(BigDecimal.valueOf(money.getNanos(), 9));
			return of(value.setScale(2, RoundingMode.HALF_EVEN), money.getCurrencyCode());
		}

		Money toProto() {
			BigDecimal value = value();
			long units = value.longValue();
			int nanos = value.subtract(BigDecimal.valueOf(units)).movePointRight(9).intValue();
			return Money.newBuilder().setCurrencyCode(this.currency).setUnits(units).setNanos(nanos).build();
		}

	}

	/**
	 * One product.
	 *
	 * @param sku the SKU
	 * @param name the name
	 * @param description the description
	 * @param category the category code
	 * @param price the unit price
	 * @param attributes free-form attributes
	 * @param stockOnHand units in stock
	 * @param reserved units held by open reservations
	 * @param active whether it can be sold
	 * @param version the optimistic concurrency version
	 * @param updatedAt when it last changed
	 */
	public record ProductView(String sku, String name, String description, String category, Amount price,
			Map<String, String> attributes, int stockOnHand, int reserved, boolean active, long version,
			Instant updatedAt) {

		/** What can still be sold: stock on hand less what open reservations hold. */
		public int available() {
			return Math.max(0, this.stockOnHand - this.reserved);
		}

		static ProductView of(Product p) {
			return new ProductView(p.getSku(), p.getName(), p.getDescription(), p.getCategory(),
					Amount.of(p.getPrice()), Map.copyOf(p.getAttributesMap()), p.getStockOnHand(), p.getReserved(),
					p.getActive(), p.getVersion(), instant(p.getUpdatedAt()));
		}

	}

	/**
	 * A category.
	 *
	 * @param code the code
	 * @param name the display name
	 * @param productCount how many products it holds
	 */
	public record CategoryView(String code, String name, int productCount) {
	}

	/**
	 * A page of products.
	 *
	 * @param items the products
	 * @param page the 0-based page
	 * @param size the page size
	 * @param total how many match in all
	 */
	public record ProductPage(List<ProductView> items, int page, int size, long total) {
	}

	/**
	 * A stock reservation with the name and price of each line as they were when
	 * reserved.
	 *
	 * @param reservationId the reservation id (the placement id)
	 * @param status {@code HELD}, {@code CONFIRMED} or {@code RELEASED}
	 * @param lines the reserved lines
	 * @param expiresAt when an unconfirmed reservation is released
	 */
	public record StockReservation(String reservationId, String status, List<ReservedLine> lines, Instant expiresAt) {

		static StockReservation of(Reservation r) {
			return new StockReservation(r.getReservationId(), r.getStatus().name(), r.getLinesList()
				.stream()
				.map((l) -> new ReservedLine(l.getSku(), l.getName(), Amount.of(l.getUnitPrice()), l.getQuantity()))
				.toList(), instant(r.getExpiresAt()));
		}

	}

	/**
	 * One reserved line.
	 *
	 * @param sku the SKU
	 * @param name the product name when reserved
	 * @param unitPrice the unit price when reserved
	 * @param quantity how many
	 */
	public record ReservedLine(String sku, String name, Amount unitPrice, int quantity) {
	}

	/**
	 * A change of a product's price, stock or availability, for live screens.
	 *
	 * @param sku the SKU
	 * @param name the name
	 * @param price the price
	 * @param stockOnHand the stock
	 * @param reserved units reserved
	 * @param active whether it can be sold
	 * @param version the version after the change
	 * @param updatedAt when it changed
	 */
	public record ProductChangeView(String sku, String name, Amount price, int stockOnHand, int reserved,
			boolean active, long version, Instant updatedAt) {

		static ProductChangeView of(ProductChange c) {
			return new ProductChangeView(c.getSku(), c.getName(), Amount.of(c.getPrice()), c.getStockOnHand(),
					c.getReserved(), c.getActive(), c.getVersion(), instant(c.getUpdatedAt()));
		}

	}

	static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

}
