package com.example.shop.support;

import java.time.ZoneId;
import java.util.Currency;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The two settings every domain agrees on: the one business currency of this deployment
 * (amounts in any other are refused, never converted) and the zone that defines a
 * business day (stats, due dates, batch runs).
 *
 * @param currency the business currency
 * @param businessZone the zone whose calendar days count
 */
@ConfigurationProperties("app")
@Validated
public record BusinessSettings(@NotNull @DefaultValue("KRW") Currency currency,
		@NotNull @DefaultValue("Asia/Seoul") ZoneId businessZone) {
}
