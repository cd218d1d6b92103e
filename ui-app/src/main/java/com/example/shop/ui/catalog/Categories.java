package com.example.shop.ui.catalog;

import java.util.List;

import com.example.shop.bff.catalog.Category;

/** People read a category by its name; the code is what the catalog stores. */
final class Categories {

	private Categories() {
	}

	/**
	 * The name of the category {@code code}, or the code while the names are not known.
	 */
	static String name(List<Category> categories, String code) {
		return categories.stream()
			.filter((category) -> category.code().equals(code))
			.map(Category::name)
			.findFirst()
			.orElse(code);
	}

}
