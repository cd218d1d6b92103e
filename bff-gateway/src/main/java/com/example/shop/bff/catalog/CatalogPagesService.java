package com.example.shop.bff.catalog;

import java.util.List;

import com.example.shop.bff.Roles;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The catalog screens: search, product detail, categories, admin editing, and live
 * changes. A product's count of open orders is not offered: orders cannot filter by SKU
 * without a new index and endpoint, which is not cheap.
 */
@Service
public class CatalogPagesService {

	private final CatalogBackend catalog;

	CatalogPagesService(CatalogBackend catalog) {
		this.catalog = catalog;
	}

	@PreAuthorize(Roles.ANY)
	public Mono<ProductPage> search(ProductQuery query) {
		return this.catalog.search(query);
	}

	@PreAuthorize(Roles.ANY)
	public Mono<Product> product(String sku) {
		return this.catalog.product(sku);
	}

	@PreAuthorize(Roles.ANY)
	public Mono<List<Category>> categories() {
		return this.catalog.categories();
	}

	@PreAuthorize(Roles.ONLY_ADMIN)
	public Mono<Product> create(ProductDraft draft) {
		return this.catalog.create(draft);
	}

	/**
	 * Saves an admin's edit; a version conflict comes back as {@code BackendRefusal} of
	 * kind STALE.
	 */
	@PreAuthorize(Roles.ONLY_ADMIN)
	public Mono<Product> update(ProductDraft draft, long version) {
		return this.catalog.update(draft, version);
	}

	/**
	 * Live price and stock changes for open screens; one shared subscription to the
	 * catalog behind it.
	 */
	@PreAuthorize(Roles.ANY)
	public Flux<ProductChange> changes() {
		return this.catalog.changes();
	}

}
