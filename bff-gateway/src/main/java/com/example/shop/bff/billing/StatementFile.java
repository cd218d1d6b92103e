package com.example.shop.bff.billing;

/**
 * A statement as a file billing wrote: its accountant's CSV, byte for byte.
 *
 * @param fileName the name billing gave it
 * @param contentType its media type, with the charset
 * @param content the bytes
 */
public record StatementFile(String fileName, String contentType, byte[] content) {
}
