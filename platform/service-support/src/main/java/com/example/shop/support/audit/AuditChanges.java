package com.example.shop.support.audit;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's {@link AuditChange}s as the JSON array a table column keeps. Its own
 * mapper, not the web's, so the stored shape never follows the service's settings.
 */
public final class AuditChanges {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<AuditChange>> LIST = new TypeReference<>() {
	};

	private AuditChanges() {
	}

	/** The changes as a JSON array ({@code []} for none). */
	public static String toJson(List<AuditChange> changes) {
		return JSON.writeValueAsString(changes);
	}

	/**
	 * The changes a JSON array holds; {@code null} for {@code null} (an entry recorded
	 * before entries kept their changes).
	 */
	public static List<AuditChange> fromJson(String json) {
		return (json != null) ? List.copyOf(JSON.readValue(json, LIST)) : null;
	}

}
