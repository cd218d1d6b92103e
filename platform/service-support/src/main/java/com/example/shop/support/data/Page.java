package com.example.shop.support.data;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many items match in all.
 *
 * @param <T> the item type
 * @param items the items on this page
 * @param total how many match the filters in all
 */
public record Page<T>(List<T> items, long total) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The same page with its items turned into others, all at once (to load what they
	 * refer to in one query).
	 * @param <R> the new item type
	 * @param convert from this page's items to the new ones, in the same order
	 * @return the new page with the same total
	 */
	public <R> Page<R> mapItems(Function<List<T>, List<R>> convert) {
		return new Page<>(convert.apply(this.items), this.total);
	}

}
