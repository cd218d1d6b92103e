package com.example.shop.batch.support;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The idempotency purge's settings, under {@code app.batch.purge}.
 *
 * @param retentionDays how many days of idempotency records to keep (a client may replay
 * a request within them)
 * @param batchSize records deleted per transaction
 */
@ConfigurationProperties("app.batch.purge")
@Validated
public record PurgeSettings(@Min(1) @DefaultValue("30") int retentionDays,
		@Min(1) @DefaultValue("5000") int batchSize) {
}
