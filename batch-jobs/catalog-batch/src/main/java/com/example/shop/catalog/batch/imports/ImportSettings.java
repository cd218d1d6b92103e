package com.example.shop.catalog.batch.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The product import's settings, under {@code app.batch.import}.
 *
 * @param chunkSize rows per chunk: one query and one bulk write each
 */
@ConfigurationProperties("app.batch.import")
@Validated
public record ImportSettings(@Min(1) @Max(10_000) @DefaultValue("1000") int chunkSize) {
}
