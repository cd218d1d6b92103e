package com.example.shop.support.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.FieldViolation;

/**
 * Paging and sorting as every list endpoint takes them: {@code page} from 0, {@code size}
 * 1..100, and {@code sort=field,asc|desc} over a whitelist of fields. Bad values are
 * refused, never clamped silently.
 *
 * @param page the 0-based page
 * @param size the page size
 * @param sort the sort orders, first one wins
 */
public record PageParams(int page, int size, List<SortOrder> sort) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	/**
	 * Deeper pages than this are refused: offset paging that deep is a scan, not a page.
	 */
	public static final int MAX_OFFSET = 100_000;

	/**
	 * Validates raw query values.
	 * @param page requested page, {@code null} for the first
	 * @param size requested size, {@code null} for the default
	 * @param sort raw {@code sort} values, {@code null} or empty for the default order
	 * @param sortable the API's field names mapped to what the store sorts by
	 * @param defaultSort the order used when none is asked for
	 * @return validated paging
	 * @throws DomainRefusal.Invalid naming each bad parameter
	 */
	public static PageParams of(Integer page, Integer size, List<String> sort, Map<String, String> sortable,
			SortOrder defaultSort) {
		List<FieldViolation> violations = new ArrayList<>();
		int resolvedPage = (page != null) ? page : 0;
		int resolvedSize = (size != null) ? size : DEFAULT_SIZE;
		if (resolvedPage < 0) {
			violations.add(violation("page", "must be 0 or more"));
		}
		if (resolvedSize < 1 || resolvedSize > MAX_SIZE) {
			violations.add(violation("size", "must be between 1 and " + MAX_SIZE));
		}
		if (violations.isEmpty() && (long) resolvedPage * resolvedSize > MAX_OFFSET) {
			violations.add(violation("page",
					"is too deep; narrow the filters instead (at most %d rows are skipped)".formatted(MAX_OFFSET)));
		}
		List<SortOrder> orders = new ArrayList<>();
		// Spring splits "placedAt,desc" into two values when binding a list; both shapes
		// mean the same.
		List<String> tokens = new ArrayList<>();
		if (sort != null) {
			sort.forEach((raw) -> tokens.addAll(List.of(raw.split(",", -1))));
		}
		for (int i = 0; i < tokens.size(); i++) {
			String field = tokens.get(i).trim();
			String column = sortable.get(field);
			boolean descending = false;
			if (i + 1 < tokens.size() && tokens.get(i + 1).trim().matches("(?i)asc|desc")) {
				descending = tokens.get(++i).trim().equalsIgnoreCase("desc");
			}
			if (column == null) {
				violations.add(violation("sort", "'%s' is not a valid sort; use one of %s with ,asc or ,desc"
					.formatted(field, sortable.keySet().stream().sorted().toList())));
			}
			else {
				orders.add(new SortOrder(column, descending));
			}
		}
		if (!violations.isEmpty()) {
			throw new DomainRefusal.Invalid(violations);
		}
		if (orders.isEmpty()) {
			orders.add(defaultSort);
		}
		return new PageParams(resolvedPage, resolvedSize, List.copyOf(orders));
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	private static FieldViolation violation(String field, String message) {
		return new FieldViolation(field, message);
	}

	/**
	 * One sort key.
	 *
	 * @param column the store's column or property, taken from the whitelist only
	 * @param descending whether it sorts high to low
	 */
	public record SortOrder(String column, boolean descending) {

		public String sql() {
			return this.column + (this.descending ? " desc" : " asc");
		}

	}

}
