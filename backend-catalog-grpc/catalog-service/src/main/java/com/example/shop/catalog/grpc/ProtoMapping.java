package com.example.shop.catalog.grpc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;

import com.google.protobuf.Timestamp;
import com.google.type.Money;

import com.example.shop.catalog.product.Category;
import com.example.shop.catalog.product.Product;
import com.example.shop.catalog.product.ProductDraft;
import com.example.shop.catalog.product.ProductService;
import com.example.shop.catalog.reservation.Reservation;
import com.example.shop.catalog.v1.ProductChange;
import com.example.shop.catalog.v1.ReleaseReason;
import com.example.shop.catalog.v1.ReservationStatus;
import com.example.shop.catalog.v1.ReservedLine;
import com.example.shop.support.audit.AuditChange;

/** Between the domain's records and the contract's messages; no rules live here. */
final class ProtoMapping {

	private static final BigDecimal NANOS_PER_UNIT = BigDecimal.valueOf(1_000_000_000L);

	private ProtoMapping() {
	}

	static com.example.shop.catalog.v1.Product product(Product product, Currency currency) {
		return com.example.shop.catalog.v1.Product.newBuilder()
			.setId(product.id())
			.setSku(product.sku())
			.setName(product.name())
			.setDescription(product.description())
			.setCategory(product.category())
			.setPrice(money(product.price(), currency))
			.putAllAttributes(product.attributes())
			.setStockOnHand(product.stockOnHand())
			.setReserved(product.reserved())
			.setActive(product.active())
			.setVersion(product.version())
			.setCreatedAt(timestamp(product.createdAt()))
			.setUpdatedAt(timestamp(product.updatedAt()))
			.build();
	}

	static ProductChange change(Product product, Currency currency) {
		return ProductChange.newBuilder()
			.setSku(product.sku())
			.setName(product.name())
			.setPrice(money(product.price(), currency))
			.setStockOnHand(product.stockOnHand())
			.setReserved(product.reserved())
			.setActive(product.active())
			.setVersion(product.version())
			.setUpdatedAt(timestamp(product.updatedAt()))
			.build();
	}

	static com.example.shop.catalog.v1.Category category(Category.Counted counted) {
		return com.example.shop.catalog.v1.Category.newBuilder()
			.setCode(counted.category().code())
			.setName(counted.category().name())
			.setProductCount(counted.productCount())
			.build();
	}

	static com.example.shop.catalog.v1.Reservation reservation(Reservation reservation, Currency currency) {
		var builder = com.example.shop.catalog.v1.Reservation.newBuilder()
			.setReservationId(reservation.id())
			.setStatus(switch (reservation.status()) {
				case HELD, RESERVING -> ReservationStatus.HELD;
				case COMMITTING -> ReservationStatus.COMMITTING;
				case CONFIRMED -> ReservationStatus.CONFIRMED;
				case RELEASED -> ReservationStatus.RELEASED;
			})
			.setCreatedAt(timestamp(reservation.createdAt()))
			.setExpiresAt(timestamp(reservation.expiresAt()))
			.setUpdatedAt(timestamp(reservation.updatedAt()));
		if (reservation.releaseReason() != null) {
			builder.setReleaseReason(switch (reservation.releaseReason()) {
				case REQUESTED -> ReleaseReason.REQUESTED;
				case EXPIRED -> ReleaseReason.EXPIRED;
			});
		}
		for (Reservation.Line line : reservation.lines()) {
			var reserved = ReservedLine.newBuilder().setSku(line.sku()).setQuantity(line.quantity());
			if (line.name() != null) {
				reserved.setName(line.name());
			}
			if (line.unitPrice() != null) {
				reserved.setUnitPrice(money(line.unitPrice(), currency));
			}
			builder.addLines(reserved);
		}
		return builder.build();
	}

	static com.example.shop.catalog.v1.HistoryEntry historyEntry(ProductService.HistoryEntry entry) {
		var builder = com.example.shop.catalog.v1.HistoryEntry.newBuilder()
			.setAt(timestamp(entry.at()))
			.setActor(entry.actor())
			.setAction(entry.action())
			.setDetail(entry.detail());
		if (entry.changes() != null) {
			builder.setHasChanges(true);
			entry.changes().forEach((change) -> builder.addChanges(historyChange(change)));
		}
		return builder.build();
	}

	/** One change; the values a change does not have stay unset (empty). */
	static com.example.shop.catalog.v1.HistoryChange historyChange(AuditChange change) {
		var builder = com.example.shop.catalog.v1.HistoryChange.newBuilder()
			.setField(change.field())
			.setKind(change.kind().name());
		if (change.before() != null) {
			builder.setBefore(change.before());
		}
		if (change.after() != null) {
			builder.setAfter(change.after());
		}
		if (change.currency() != null) {
			builder.setCurrency(change.currency());
		}
		if (change.unit() != null) {
			builder.setUnit(change.unit());
		}
		return builder.build();
	}

	static Money money(BigDecimal amount, Currency currency) {
		BigDecimal units = amount.setScale(0, RoundingMode.DOWN);
		int nanos = amount.subtract(units).multiply(NANOS_PER_UNIT).intValueExact();
		return Money.newBuilder()
			.setCurrencyCode(currency.getCurrencyCode())
			.setUnits(units.longValueExact())
			.setNanos(nanos)
			.build();
	}

	/**
	 * The exact amount of a Money, or null when absent; a Money whose units and nanos
	 * disagree in sign or whose nanos are out of range reads as invalid (null amount).
	 */
	static ProductDraft.Price price(boolean present, Money money) {
		if (!present) {
			return null;
		}
		boolean signsAgree = (money.getUnits() >= 0 && money.getNanos() >= 0)
				|| (money.getUnits() <= 0 && money.getNanos() <= 0);
		if (!signsAgree || Math.abs(money.getNanos()) > 999_999_999) {
			return new ProductDraft.Price(money.getCurrencyCode(), null);
		}
		BigDecimal amount = BigDecimal.valueOf(money.getUnits()).add(BigDecimal.valueOf(money.getNanos(), 9));
		return new ProductDraft.Price(money.getCurrencyCode(), amount);
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	static Instant instant(Timestamp timestamp) {
		return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
	}

}
