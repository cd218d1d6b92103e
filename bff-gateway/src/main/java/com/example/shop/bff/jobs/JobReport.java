package com.example.shop.bff.jobs;

/**
 * A finished execution's downloadable report.
 *
 * @param fileName the name to save it under
 * @param contentType its media type ({@code text/csv}, {@code application/zip})
 * @param content its bytes
 */
public record JobReport(String fileName, String contentType, byte[] content) {
}
