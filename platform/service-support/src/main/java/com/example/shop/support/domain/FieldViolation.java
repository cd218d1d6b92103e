package com.example.shop.support.domain;

/**
 * One bad field of a request, named by its path in the request
 * ({@code lines[0].quantity}).
 *
 * @param field the property path, or the query parameter or header name
 * @param message what is wrong, in words a form can show next to the field
 */
public record FieldViolation(String field, String message) {
}
