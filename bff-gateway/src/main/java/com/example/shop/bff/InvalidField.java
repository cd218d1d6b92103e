package com.example.shop.bff;

/**
 * One field a backend (or the BFF itself) found wrong, as it named it.
 *
 * @param field the field path, for example {@code lines[1].sku}
 * @param message what is wrong
 */
public record InvalidField(String field, String message) {
}
