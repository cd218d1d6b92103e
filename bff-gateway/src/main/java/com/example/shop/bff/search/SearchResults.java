package com.example.shop.bff.search;

import java.util.List;

import com.example.shop.bff.Part;

/**
 * What one search found, a group per domain the caller may read, in {@link Domain} order.
 * A blank query asks nobody and has no groups.
 *
 * @param query the query as searched (trimmed)
 * @param groups a group per domain the caller may read
 */
public record SearchResults(String query, List<Group> groups) {

	public SearchResults {
		groups = List.copyOf(groups);
	}

	/** Whether every group answered and none found anything. */
	public boolean nothingFound() {
		return this.groups.stream()
			.allMatch((group) -> group.hits() instanceof Part.Available<List<Hit>> found && found.value().isEmpty());
	}

}
