package com.example.shop.catalog.batch.imports;

import java.util.Map;

/**
 * One record of the import file, as written.
 *
 * @param line the line it starts on (the header is line 1)
 * @param values its values by column; {@code null} when the record has fewer fields
 * @param fields how many fields it has
 */
record CsvRow(long line, Map<String, String> values, int fields) {
}
