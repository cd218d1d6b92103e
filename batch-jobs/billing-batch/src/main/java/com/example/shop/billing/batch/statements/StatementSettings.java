package com.example.shop.billing.batch.statements;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where monthly statements go, under {@code app.batch.statements}.
 *
 * @param dir the folder each run writes its month's folder into (in Kubernetes, the
 * persistent volume the Job mounts; ./run-batch.sh uses {@code .local-run/batch})
 */
@ConfigurationProperties("app.batch.statements")
@Validated
public record StatementSettings(@NotNull @DefaultValue("statements") Path dir) {
}
