package com.example.shop.catalog.product;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A category as stored in the {@code categories} collection, keyed by its code.
 *
 * @param code the stable code
 * @param name the display name
 */
@Document(Category.COLLECTION)
public record Category(@Id String code, String name) {

	public static final String COLLECTION = "categories";

	/**
	 * A category with how many products carry it.
	 *
	 * @param category the category
	 * @param productCount the number of products
	 */
	public record Counted(Category category, int productCount) {
	}

}
