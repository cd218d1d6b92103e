package com.example.shop.catalog.batch.imports;

import com.example.shop.catalog.history.ImportRejects;
import com.example.shop.catalog.product.ImportedProduct;

/** A row after checking: a product to write, or a reject with its reason. */
sealed interface ImportRow {

	long line();

	String sku();

	record Accepted(ImportedProduct product) implements ImportRow {

		@Override
		public long line() {
			return this.product.line();
		}

		@Override
		public String sku() {
			return this.product.sku();
		}

	}

	record Rejected(ImportRejects.Reject reject) implements ImportRow {

		@Override
		public long line() {
			return this.reject.line();
		}

		@Override
		public String sku() {
			return this.reject.sku();
		}

	}

}
