package com.example.shop.batch.support;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The conventions every batch application follows, under {@code app.batch}.
 *
 * @param domain the domain this application belongs to ({@code orders}, {@code catalog},
 * {@code billing}): the {@code domain} tag of its metrics
 * @param progressInterval how often a running job prints a progress line
 * @param heartbeatInterval how often a running job records that it is alive
 * @param heartbeatTimeout how long an execution left STARTED may go without a heartbeat
 * before a restart may declare it dead and recover it; well above the interval, so a run
 * still alive elsewhere is never marked failed
 * @param listSize how many recent executions {@code --list} shows
 */
@ConfigurationProperties("app.batch")
@Validated
public record BatchSettings(@NotBlank String domain, @NotNull @DefaultValue("5s") Duration progressInterval,
		@NotNull @DefaultValue("10s") Duration heartbeatInterval,
		@NotNull @DefaultValue("2m") Duration heartbeatTimeout, @DefaultValue("20") int listSize) {
}
