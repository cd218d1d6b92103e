package com.example.shop.catalog.product;

/**
 * What to search for; every filter given must match.
 *
 * @param query words, each starting a word of the SKU, name or description, ignoring case
 * and width ({@link SearchTerms}); blank for any
 * @param category a category code; blank for any
 * @param activeOnly only active products
 * @param maxStockOnHand only products with at most this stock; null for any
 * @param page 0-based page
 * @param pageSize 0 for the default, else 1 to {@link #MAX_PAGE_SIZE}
 * @param sortBy the order; null for {@link SortField#RELEVANCE}
 * @param descending largest first
 */
public record ProductSearch(String query, String category, boolean activeOnly, Integer maxStockOnHand, int page,
		int pageSize, SortField sortBy, boolean descending) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	public static final int MAX_QUERY_LENGTH = 100;

	/** How many matches a query ranks by relevance at most. */
	public static final int MAX_RANKED = 1000;

	/** The fields products sort by, with their document field. */
	public enum SortField {

		/**
		 * Best matches of the query first ({@link Relevance}); by SKU without a query.
		 * Never descending.
		 */
		RELEVANCE("sku"), SKU("sku"), NAME("name"), PRICE("price"), STOCK_ON_HAND("stockOnHand"),
		UPDATED_AT("updatedAt");

		private final String field;

		SortField(String field) {
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

}
