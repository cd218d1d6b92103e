package com.example.shop.ui.catalog;

import java.util.List;
import java.util.Locale;

import com.example.shop.bff.catalog.Category;

/**
 * People read a category by its name and an attribute by a label; codes and keys are what
 * the catalog stores.
 */
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

	/**
	 * A free-form attribute key as a label: {@code warrantyMonths} or
	 * {@code warranty_months} reads "Warranty months".
	 */
	static String attributeLabel(String key) {
		String spaced = key.replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1 $2")
			.replace('_', ' ')
			.replace('-', ' ')
			.strip();
		if (spaced.isEmpty()) {
			return key;
		}
		String lower = spaced.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
