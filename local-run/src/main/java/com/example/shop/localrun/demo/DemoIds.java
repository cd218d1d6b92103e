package com.example.shop.localrun.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable ids derived from names, so every database of the demo agrees on who and what is
 * meant.
 */
public final class DemoIds {

	private DemoIds() {
	}

	/**
	 * A name-based (version 3) UUID.
	 * @param kind what is named, such as {@code customer} or {@code order}
	 * @param name its name, unique within the kind
	 * @return the same UUID for the same kind and name, on every machine
	 */
	public static UUID of(String kind, String name) {
		return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
	}

}
