package com.example.shop.bff.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.example.shop.bff.InputRules;
import com.example.shop.bff.Money;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/bff/v1/catalog")
@Tag(name = "catalog")
record BffCatalogController(CatalogPagesService catalog) {

	@GetMapping("/products")
	@Operation(summary = "Search products",
			description = "q finds products with each of its words starting a word of their SKU, name or "
					+ "description, ignoring case; maxStock narrows to low stock; sort is relevance (best matches "
					+ "of q first), sku, name, price, stock or updatedAt.")
	Mono<ProductPage> search(
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = InputRules.NAME,
					message = InputRules.TEXT_MESSAGE) String q,
			@RequestParam(required = false) @Size(max = 64) @Pattern(regexp = InputRules.CATEGORY) String category,
			@RequestParam(defaultValue = "false") boolean activeOnly, @RequestParam(required = false) Integer maxStock,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "name") @Size(max = 10) String sort,
			@RequestParam(defaultValue = "false") boolean descending) {
		return this.catalog
			.search(new ProductQuery(q, category, activeOnly, maxStock, page, size, sortField(sort), descending));
	}

	@GetMapping("/products/{sku}")
	@Operation(summary = "One product")
	Mono<ResponseEntity<Product>> product(@PathVariable @Size(max = 40) @Pattern(regexp = InputRules.SKU) String sku) {
		return this.catalog.product(sku).map((p) -> Etags.ok(p.version(), p));
	}

	@GetMapping("/categories")
	@Operation(summary = "Categories with their product counts")
	Mono<List<Category>> categories() {
		return this.catalog.categories();
	}

	@PostMapping("/products")
	@Operation(summary = "Create a product (admin)")
	Mono<ResponseEntity<Product>> create(@Valid @RequestBody ProductForm form) {
		return this.catalog.create(form.toDraft(form.sku()))
			.map((p) -> ResponseEntity.status(HttpStatus.CREATED).eTag(Etags.of(p.version())).body(p));
	}

	@PutMapping("/products/{sku}")
	@Operation(summary = "Update a product (admin)", description = "Needs If-Match; a stale version is 412.")
	Mono<ResponseEntity<Product>> update(@PathVariable @Size(max = 40) @Pattern(regexp = InputRules.SKU) String sku,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProductForm form) {
		long version = Etags.requireVersion(ifMatch);
		return this.catalog.update(form.toDraft(sku), version).map((p) -> Etags.ok(p.version(), p));
	}

	private static ProductSort sortField(String sort) {
		return switch (sort.toLowerCase(Locale.ROOT)) {
			case "relevance" -> ProductSort.RELEVANCE;
			case "sku" -> ProductSort.SKU;
			case "name" -> ProductSort.NAME;
			case "price" -> ProductSort.PRICE;
			case "stock" -> ProductSort.STOCK_ON_HAND;
			case "updatedat" -> ProductSort.UPDATED_AT;
			default ->
				throw new DomainRefusal.Invalid("sort", "must be one of relevance, sku, name, price, stock, updatedAt");
		};
	}

	/**
	 * A product as the admin form sends it.
	 *
	 * @param sku the SKU (ignored on update: the path names it)
	 * @param name the name
	 * @param description the description
	 * @param category the category code
	 * @param price the unit price
	 * @param attributes free-form attributes
	 * @param stockOnHand units in stock
	 * @param active whether it can be sold
	 */
	record ProductForm(@Size(max = 40) @Pattern(regexp = InputRules.SKU) String sku,
			@NotBlank @Size(max = 200) @Pattern(regexp = InputRules.NAME,
					message = InputRules.TEXT_MESSAGE) String name,
			@Size(max = 2000) @Pattern(regexp = InputRules.TEXT, message = InputRules.TEXT_MESSAGE) String description,
			@NotBlank @Size(max = 64) @Pattern(regexp = InputRules.CATEGORY) String category,
			@NotNull @Valid Money price,
			@Size(max = 50) Map<@Size(max = 64) @Pattern(regexp = InputRules.NAME,
					message = InputRules.TEXT_MESSAGE) String, @Size(max = 500) @Pattern(regexp = InputRules.NAME,
							message = InputRules.TEXT_MESSAGE) String> attributes,
			@Min(0) int stockOnHand, boolean active) {

		ProductDraft toDraft(String sku) {
			return new ProductDraft((sku != null) ? sku : "", this.name,
					(this.description != null) ? this.description : "", this.category, this.price,
					(this.attributes != null) ? this.attributes : Map.of(), this.stockOnHand, this.active);
		}

	}

}
