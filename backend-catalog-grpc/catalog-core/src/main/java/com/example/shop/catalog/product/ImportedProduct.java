package com.example.shop.catalog.product;

import java.util.Set;

/**
 * One row of a product import, parsed: the product it describes, which of its fields the
 * file carries, and the units it says were received.
 *
 * @param line the row's first line in the file
 * @param sku the SKU
 * @param draft the fields
 * @param fields which fields the file has columns for (an update changes only those)
 * @param receive units received for an existing product, or 0
 */
public record ImportedProduct(long line, String sku, ProductDraft draft, Set<ProductDraft.Field> fields, int receive) {

	public ImportedProduct {
		fields = Set.copyOf(fields);
	}

}
