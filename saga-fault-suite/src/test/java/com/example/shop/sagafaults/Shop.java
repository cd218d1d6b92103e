package com.example.shop.sagafaults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;
import com.example.shop.testsupport.http.LoopbackHttp;
import com.google.type.Money;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;

/**
 * The shop's data, arranged straight at the backends (never through the proxies, so a
 * fault never gets in the way of arranging): customers with ample credit, products with
 * ample stock, payments.
 */
final class Shop implements AutoCloseable {

	private final LoopbackHttp billing;

	private final ManagedChannel channel;

	private final CatalogServiceGrpc.CatalogServiceBlockingStub catalog;

	private final List<UUID> customers = new ArrayList<>();

	private final List<String> products = new ArrayList<>();

	private final String canary;

	Shop(SagaSystem system) {
		String admin = Tokens.of("admin");
		this.billing = new LoopbackHttp(system.billingPort).withBearer(admin);
		this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", system.catalogGrpcPort)
			.usePlaintext()
			.intercept(MetadataUtils.newAttachHeadersInterceptor(bearer(admin)))
			.build();
		this.catalog = CatalogServiceGrpc.newBlockingStub(this.channel);
		for (int i = 0; i < 8; i++) {
			this.customers.add(customer(i));
		}
		for (int i = 0; i < 16; i++) {
			this.products.add(product("SAGA-%03d".formatted(i), 1_000_000));
		}
		this.canary = product("SAGA-CANARY", 1_000_000);
	}

	/** A new placement of one to three products for one of the customers. */
	Bff.Placement placement(SplittableRandom random) {
		Map<String, Integer> lines = new LinkedHashMap<>();
		int count = 1 + random.nextInt(3);
		while (lines.size() < count) {
			lines.put(this.products.get(random.nextInt(this.products.size())), 1 + random.nextInt(5));
		}
		return new Bff.Placement(UUID.randomUUID(), customer(random), lines);
	}

	UUID customer(SplittableRandom random) {
		return this.customers.get(random.nextInt(this.customers.size()));
	}

	/** Another customer than this one. */
	UUID otherThan(UUID customer, SplittableRandom random) {
		UUID other;
		do {
			other = customer(random);
		}
		while (other.equals(customer));
		return other;
	}

	/**
	 * Reserves one unit of the canary product straight at the catalog (no order will ever
	 * hold it): once the catalog has released it, the reservation timeout has passed and
	 * the sweeper has run since this moment.
	 * @return the canary reservation's id
	 */
	String canary() {
		String id = UUID.randomUUID().toString();
		this.catalog.reserveStock(ReserveStockRequest.newBuilder()
			.setReservationId(id)
			.addLines(ReservationLine.newBuilder().setSku(this.canary).setQuantity(1))
			.build());
		return id;
	}

	/** Pays part of an invoice at billing, so its order can no longer be cancelled. */
	void payPart(String invoiceId) {
		var response = this.billing.post(
				"/api/v1/invoices/" + invoiceId + "/payments", LoopbackHttp.json(Map.of("amount",
						Map.of("amount", "1.00", "currency", "KRW"), "method", "BANK_TRANSFER", "reference", "suite")),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not pay: " + response.body());
		}
	}

	private UUID customer(int n) {
		var response = this.billing.post("/api/v1/customers",
				LoopbackHttp.json(Map.of("name", "Saga Customer " + n, "email", "saga" + n + "@test.example.com",
						"creditLimit", Map.of("amount", "900000000000.00", "currency", "KRW"), "paymentTermsDays", 30)),
				"Idempotency-Key", UUID.randomUUID().toString());
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create a customer: " + response.body());
		}
		return UUID.fromString(response.json().path("id").asString());
	}

	private String product(String sku, int stock) {
		this.catalog.createProduct(CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName("Saga product " + sku)
			.setCategory("test")
			.setPrice(Money.newBuilder().setCurrencyCode("KRW").setUnits(10))
			.setStockOnHand(stock)
			.setActive(true)
			.build());
		return sku;
	}

	@Override
	public void close() {
		this.channel.shutdownNow();
	}

	private static Metadata bearer(String token) {
		Metadata headers = new Metadata();
		headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
		return headers;
	}

}
