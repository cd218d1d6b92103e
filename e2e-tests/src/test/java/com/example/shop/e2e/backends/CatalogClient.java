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
	 * Creates a product. The channel asks a catalog too busy to answer in time again
	 * ({@link Backends#RETRY_WHEN_UNAVAILABLE}); a retry that meets the product an
	 * earlier attempt created after all ({@code ALREADY_EXISTS} for this SKU and name,
	 * which only this call uses) answers that product.
	 */
	public Product create(String sku, String name, String category, long price, int stock) {
		try {
			return createOnce(sku, name, category, price, stock);
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
				Product existing = product(sku);
				if (existing.getName().equals(name)) {
					return existing;
				}
			}
			throw ex;
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
