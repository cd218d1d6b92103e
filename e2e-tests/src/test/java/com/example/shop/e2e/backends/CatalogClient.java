package com.example.shop.e2e.backends;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.catalog.v1.Category;
import com.example.shop.catalog.v1.CreateProductRequest;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ListCategoriesRequest;
import com.example.shop.catalog.v1.Product;
import com.google.type.Money;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;

/** The catalog backend over gRPC: products and categories. */
public final class CatalogClient {

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private final ManagedChannel channel;

	private final Supplier<String> token;

	CatalogClient(ManagedChannel channel, Supplier<String> token) {
		this.channel = channel;
		this.token = token;
	}

	/** A stub for one call, with the token as call metadata. */
	private CatalogServiceGrpc.CatalogServiceBlockingStub stub() {
		Metadata headers = new Metadata();
		headers.put(AUTHORIZATION, "Bearer " + this.token.get());
		return CatalogServiceGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
			.withDeadlineAfter(30, TimeUnit.SECONDS);
	}

	/**
	 * Creates a product. A catalog too busy to answer in time ({@code UNAVAILABLE},
	 * {@code DEADLINE_EXCEEDED}) is asked again, twice at most; a retry that meets the
	 * product the first attempt created after all answers that product.
	 */
	public Product create(String sku, String name, String category, long price, int stock) {
		for (int attempt = 1;; attempt++) {
			try {
				return createOnce(sku, name, category, price, stock);
			}
			catch (StatusRuntimeException ex) {
				Status.Code code = ex.getStatus().getCode();
				if (attempt > 1 && code == Status.Code.ALREADY_EXISTS) {
					return product(sku);
				}
				if (attempt >= 3 || (code != Status.Code.UNAVAILABLE && code != Status.Code.DEADLINE_EXCEEDED)) {
					throw ex;
				}
			}
		}
	}

	private Product createOnce(String sku, String name, String category, long price, int stock) {
		return stub().createProduct(CreateProductRequest.newBuilder()
			.setSku(sku)
			.setName(name)
			.setDescription(name + ", made by the end-to-end tests")
			.setCategory(category)
			.setPrice(Money.newBuilder().setCurrencyCode("KRW").setUnits(price))
			.setStockOnHand(stock)
			.setActive(true)
			.build());
	}

	public Product product(String sku) {
		return stub().getProduct(GetProductRequest.newBuilder().setSku(sku).build());
	}

	public List<Category> categories() {
		return stub().listCategories(ListCategoriesRequest.getDefaultInstance()).getCategoriesList();
	}

}
