package com.example.shop.catalog.batch.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The import file's columns: {@code sku,name,category,price,stock} required;
 * {@code description}, {@code active}, {@code receive} and any number of
 * {@code attr.<key>} optional. A header that misses a required column, repeats one or
 * names an unknown one is refused as a whole, before any row is read.
 */
record ImportColumns(List<String> header, boolean description, boolean active, boolean receive,
		List<String> attributes) {

	static final List<String> REQUIRED = List.of("sku", "name", "category", "price", "stock");

	static final Set<String> OPTIONAL = Set.of("description", "active", "receive");

	static final String ATTRIBUTE = "attr.";

	/**
	 * @throws IllegalArgumentException saying what is wrong with the header and what it
	 * must look like
	 */
	static ImportColumns of(List<String> header) {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		List<String> attributes = new ArrayList<>();
		for (String column : header) {
			if (!seen.add(column)) {
				problems.add("'" + column + "' appears twice");
			}
			else if (column.startsWith(ATTRIBUTE)) {
				if (column.length() == ATTRIBUTE.length()) {
					problems.add("'attr.' names no attribute");
				}
				attributes.add(column);
			}
			else if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
				problems.add("'" + column + "' is not a column");
			}
		}
		for (String required : REQUIRED) {
			if (!seen.contains(required)) {
				problems.add("'" + required + "' is missing");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(("The file's header is wrong: %s. It must name sku,name,category,price,"
					+ "stock and may add description, active, receive and attr.<key> columns; nothing was imported.")
				.formatted(String.join("; ", problems)));
		}
		return new ImportColumns(List.copyOf(header), seen.contains("description"), seen.contains("active"),
				seen.contains("receive"), List.copyOf(attributes));
	}

}
