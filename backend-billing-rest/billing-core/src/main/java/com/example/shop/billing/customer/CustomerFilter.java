package com.example.shop.billing.customer;

import java.util.List;
import java.util.Objects;

import com.example.shop.billing.api.CustomerStatus;

/**
 * What a list of customers is narrowed to; every part is optional.
 *
 * @param search a piece of the name or e-mail address, case-insensitive
 * @param statuses any of these statuses, or all when empty
 */
public record CustomerFilter(String search, List<CustomerStatus> statuses) {

	static final int MAX_SEARCH_LENGTH = 100;

	public CustomerFilter {
		search = (search != null && !search.isBlank()) ? search.strip() : null;
		// A query value that names nothing ("status=", a NUL) binds as null: it asks for
		// nothing.
		statuses = (statuses != null) ? statuses.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
