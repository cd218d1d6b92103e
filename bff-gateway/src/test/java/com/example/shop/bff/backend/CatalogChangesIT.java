package com.example.shop.bff.backend;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.example.shop.bff.Money;
import com.example.shop.bff.catalog.CatalogPagesService;
import com.example.shop.bff.catalog.Product;
import com.example.shop.bff.catalog.ProductChange;
import com.example.shop.bff.catalog.ProductDraft;
import com.example.shop.bff.support.BffIntegrationTest;
import com.example.shop.bff.support.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's change stream as the screens get it: an admin's edit saved through the
 * BFF arrives on {@code changes()}, against the real catalog.
 */
@SignedIn(value = "admin", roles = "ADMIN")
class CatalogChangesIT extends BffIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	CatalogPagesService catalog;

	@Test
	void aSavedPriceAndStockChangeArrivesOnTheChangeStream() throws Exception {
		String sku = this.data.product("100.00", 7);
		Product before = this.catalog.product(sku).block();
		CompletableFuture<ProductChange> arrived = this.catalog.changes()
			.filter((change) -> change.sku().equals(sku) && change.version() > before.version())
			.next()
			.toFuture();

		this.catalog
			.update(new ProductDraft(sku, before.name(), before.description(), before.category(),
					Money.of(new BigDecimal("125.50"), "KRW"), before.attributes(), 3, before.active()),
					before.version())
			.block();

		ProductChange change = arrived.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(change.price().value()).isEqualByComparingTo("125.50");
		assertThat(change.stockOnHand()).isEqualTo(3);
		assertThat(change.version()).isEqualTo(before.version() + 1);
	}

}
