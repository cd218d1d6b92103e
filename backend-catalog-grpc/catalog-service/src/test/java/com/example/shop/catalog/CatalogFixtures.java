package com.example.shop.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.FieldMask;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.type.Money;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.UpdateProductRequest;
import com.example.shop.catalog.product.Category;
import com.example.shop.catalog.product.Product;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Test data written straight to the database, and helpers to read gRPC errors. */
public final class CatalogFixtures {

	private CatalogFixtures() {
	}

	public static void categories(MongoTemplate mongo) {
		mongo.insert(new Category("stationery", "Stationery"));
		mongo.insert(new Category("furniture", "Office Furniture"));
		mongo.insert(new Category("kitchen", "Kitchen & Pantry"));
	}

	public static Product product(MongoTemplate mongo, Clock clock, String sku, String name, String category,
			String price, int stock, boolean active) {
		var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		// Its first stock came in, as the ledger records it, so the ledger explains it.
		mongo.insert(com.example.shop.catalog.stock.StockEntry.received("fixture:" + sku, sku, stock, "test fixture",
				"first stock", now));
		return mongo.insert(new Product(UUID.randomUUID().toString(), sku, name, name + " for the office", category,
				new BigDecimal(price), Map.of("brand", "Hanul"), stock, List.of(), List.of(), active, 0, now, now, 0,
				List.of()));
	}

	/**
	 * A new product's request: a steel ruler in stationery, 990 won, 50 in stock, active.
	 */
	public static CreateProductRequest.Builder newProduct(String sku) {
		return CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName("Ruler 30cm")
			.setDescription("A steel ruler.")
			.setCategory("stationery")
			.setPrice(krw(990, 0))
			.setStockOnHand(50)
			.setActive(true);
	}

	/**
	 * An edit of product {@code sku} from {@code version} that changes the fields at
	 * {@code paths} (the update mask); the caller sets their new values.
	 */
	public static UpdateProductRequest.Builder edit(String sku, long version, String... paths) {
		return UpdateProductRequest.newBuilder()
			.setSku(sku)
			.setVersion(version)
			.setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths)));
	}

	public static Money krw(long units, int nanos) {
		return Money.newBuilder().setCurrencyCode("KRW").setUnits(units).setNanos(nanos).build();
	}

	/**
	 * Runs a call that must fail and returns its status, asserting it is the expected
	 * code.
	 */
	public static StatusRuntimeException failure(Status.Code code, Runnable call) {
		StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class, call::run);
		assertThat(failure).as("the call should fail with " + code).isNotNull();
		assertThat(failure.getStatus().getCode()).as(failure.getStatus().toString()).isEqualTo(code);
		return failure;
	}

	/** One detail of a failure's google.rpc.Status. */
	public static <T extends com.google.protobuf.Message> T detail(StatusRuntimeException failure, Class<T> type) {
		com.google.rpc.Status status = StatusProto.fromThrowable(failure);
		assertThat(status).as("rich status").isNotNull();
		return status.getDetailsList().stream().filter((any) -> any.is(type)).map((any) -> {
			try {
				return any.unpack(type);
			}
			catch (InvalidProtocolBufferException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + status));
	}

	public static String reason(StatusRuntimeException failure) {
		return detail(failure, ErrorInfo.class).getReason();
	}

}
